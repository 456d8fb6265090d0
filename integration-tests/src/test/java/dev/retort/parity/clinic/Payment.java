package dev.retort.parity.clinic;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The SINGLE_TABLE root of payments. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 20)
public class Payment extends Audited {
    @ManyToOne(optional = false)
    Invoice invoice;
    @Embedded
    Money paid;
    @NotNull
    Instant paidAt;
}
