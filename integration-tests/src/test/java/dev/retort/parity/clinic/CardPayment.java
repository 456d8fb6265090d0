package dev.retort.parity.clinic;

import java.time.Instant;
import org.hibernate.annotations.CurrentTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.generator.EventType;
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
    // Hibernate 7.4 makes it NOT NULL, though the subclass's columns are nullable otherwise.
    @UpdateTimestamp
    Instant authorisedAt;
    // Generated on update only: no NOT NULL.
    @CurrentTimestamp(event = EventType.UPDATE)
    Instant reconciledAt;
}
