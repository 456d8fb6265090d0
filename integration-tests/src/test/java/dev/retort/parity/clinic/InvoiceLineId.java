package dev.retort.parity.clinic;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** An invoice line key: its invoice and its number. */
@Embeddable
public class InvoiceLineId implements Serializable {
    Long invoiceId;
    Integer lineNumber;

    @Override
    public boolean equals(Object other) {
        return other instanceof InvoiceLineId id && java.util.Objects.equals(invoiceId, id.invoiceId)
                && java.util.Objects.equals(lineNumber, id.lineNumber);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(invoiceId, lineNumber);
    }
}
