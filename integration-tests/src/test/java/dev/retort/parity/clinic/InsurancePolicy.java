package dev.retort.parity.clinic;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The insurance of a pet. */
@Entity
public class InsurancePolicy extends Audited {
    @ManyToOne(optional = false)
    InsuranceProvider provider;
    @ManyToOne(optional = false)
    Pet pet;
    @NotBlank
    @Size(max = 30)
    String policyNumber;
    @Embedded
    Money coverage;
    LocalDate validUntil;
}
