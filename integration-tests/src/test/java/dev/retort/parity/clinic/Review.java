package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A review of a vet by an owner. */
@Entity
public class Review extends Audited {
    @ManyToOne(optional = false)
    Owner owner;
    @ManyToOne(optional = false)
    Veterinarian veterinarian;
    @Min(1)
    @Max(5)
    int rating;
    @Size(max = 500)
    String remarks;
}
