package dev.retort.parity.clinic;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** An invoice: its lines by mappedBy, a total. */
@Entity
public class Invoice extends Audited {
    @ManyToOne(optional = false)
    Owner owner;
    @Embedded
    Money total;
    @NotNull
    LocalDate issuedOn;
    @OneToMany(mappedBy = "invoice")
    List<InvoiceLine> lines;
}
