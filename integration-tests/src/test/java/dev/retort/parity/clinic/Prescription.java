package dev.retort.parity.clinic;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A medication to give. */
@Entity
public class Prescription {
    @Id
    @GeneratedValue
    Long id;
    @ManyToOne(optional = false)
    Medication medication;
    @NotBlank
    @Size(max = 200)
    String dosage;
    @Min(1)
    int days;
    @Embedded
    Schedule schedule;
}
