package dev.retort.parity.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;

/** An insurer. */
@Entity
public class InsuranceProvider {
    @Id
    @GeneratedValue
    Long id;
    @NotBlank
    @Column(unique = true)
    String name;
    @Embedded
    Contact contact;
}
