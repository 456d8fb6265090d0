package dev.retort.parity.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;

/** An amount in a currency. */
@Embeddable
public class Money {
    @Digits(integer = 10, fraction = 2)
    BigDecimal amount;
    @Column(length = 3)
    String currency;
}
