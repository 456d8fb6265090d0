package dev.retort.parity.clinic;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;

/** A wholesaler of medications. */
@Entity
public class Wholesaler {
    @Id
    @GeneratedValue
    Long id;
    @NotBlank
    String name;
    @Embedded
    Address address;
}
