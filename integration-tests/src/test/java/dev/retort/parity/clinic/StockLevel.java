package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/** How much of a medication a clinic holds. */
@Entity
public class StockLevel {
    @Id
    @GeneratedValue
    Long id;
    @ManyToOne(optional = false)
    Medication medication;
    @ManyToOne
    Wholesaler supplier;
    @ManyToOne(optional = false)
    Clinic clinic;
    @Min(0)
    int quantity;
    LocalDate expiresOn;
}
