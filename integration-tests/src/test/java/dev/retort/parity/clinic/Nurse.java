package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** A nurse. */
@Entity
public class Nurse extends Staff {
    boolean certified;
    @ManyToOne
    Veterinarian supervisor;
}
