package dev.retort.parity.structure;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import java.math.BigDecimal;

/** SINGLE_TABLE: one table for the hierarchy, with its discriminator. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class Payment {
    @Id
    Long id;
    BigDecimal amount;

    @Entity
    @DiscriminatorValue("card")
    public static class CardPayment extends Payment {
        String cardNumber;
    }

    @Entity
    public static class BankPayment extends Payment {
        String iban;
    }
}
