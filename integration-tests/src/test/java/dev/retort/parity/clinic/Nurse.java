package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** A nurse. */
@Entity
@PrimaryKeyJoinColumn(name = "staff_id")
public class Nurse extends Staff {
    boolean certified;
    @ManyToOne
    Veterinarian supervisor;
}
