package dev.retort.parity.clinic;

import jakarta.persistence.Entity;

/** A receptionist. */
@Entity
public class Receptionist extends Staff {
    Integer deskNumber;
}
