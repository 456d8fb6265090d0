package dev.retort.parity.structure;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** JOINED: a table per class, each subclass keyed by its parent's key. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Vehicle {
    @Id
    Long id;
    String make;

    @Entity
    public static class Car extends Vehicle {
        Integer doors;
    }

    @Entity
    @PrimaryKeyJoinColumn(name = "vehicle_id")
    public static class Truck extends Vehicle {
        Double payload;
    }
}
