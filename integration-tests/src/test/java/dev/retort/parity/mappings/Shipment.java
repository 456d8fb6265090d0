package dev.retort.parity.mappings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;

/** TABLE_PER_CLASS with a concrete root: its own table too, and a relation every table repeats. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Shipment {
    @Id
    Long id;

    @ManyToOne
    Product product;

    @Entity
    public static class Express extends Shipment {
        int hours;
    }
}
