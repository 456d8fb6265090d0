package dev.retort.parity.clinic;

import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.validation.constraints.NotBlank;

/** A line of an invoice, keyed by an @EmbeddedId that @MapsId shares with the invoice. */
@Entity
public class InvoiceLine {
    @EmbeddedId
    InvoiceLineId id;
    @MapsId("invoiceId")
    @ManyToOne
    Invoice invoice;
    @NotBlank
    String description;
    @Embedded
    Money amount;
}
