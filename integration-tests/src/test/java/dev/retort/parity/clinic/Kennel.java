package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.validation.constraints.Min;

/** Where a pet stays: an optional one-to-one. */
@Entity
public class Kennel {
    @Id
    @GeneratedValue
    Long id;
    @ManyToOne(optional = false)
    Room room;
    @OneToOne
    Pet occupant;
    @Min(1)
    int capacity;
}
