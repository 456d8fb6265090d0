package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A vet sends a pet to another clinic. */
@Entity
public class Referral extends Audited {
    @ManyToOne(optional = false)
    Veterinarian referredBy;
    @ManyToOne(optional = false)
    @JoinColumn(name = "clinic_name", referencedColumnName = "name")
    Clinic referredTo;
    @ManyToOne(optional = false)
    Pet pet;
    @NotBlank
    @Size(max = 500)
    String reason;
}
