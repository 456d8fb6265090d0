package dev.retort.parity.clinic;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** In cash. */
@Entity
@DiscriminatorValue("cash")
public class CashPayment extends Payment {
    @ManyToOne
    Receptionist receivedBy;
}
