package dev.retort.parity.clinic;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import java.util.Set;

/** A medication and its price. */
@Entity
public class Medication {
    @Id
    @GeneratedValue
    Long id;
    @NotBlank
    String name;
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "unit_price"))
    @AttributeOverride(name = "currency", column = @Column(name = "unit_currency"))
    Money unitPrice;
    boolean controlled;
    @ElementCollection
    Set<Species> approvedFor;
}
