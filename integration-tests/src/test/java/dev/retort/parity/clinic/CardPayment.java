package dev.retort.parity.clinic;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** By card. */
@Entity
@DiscriminatorValue("card")
public class CardPayment extends Payment {
    @NotNull
    @Size(min = 4, max = 4)
    String lastDigits;
}
