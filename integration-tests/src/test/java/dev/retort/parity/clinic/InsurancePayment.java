package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** By an insurer. */
@Entity
public class InsurancePayment extends Payment {
    @ManyToOne
    InsurancePolicy policy;
}
