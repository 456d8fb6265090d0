package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;

/** A department of a clinic. */
@Entity
public class Department {
    @Id
    @GeneratedValue
    Long id;
    @NotBlank
    String name;
    @ManyToOne
    Clinic clinic;
}
