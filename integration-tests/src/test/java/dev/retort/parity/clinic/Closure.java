package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A day a clinic is closed. */
@Entity
public class Closure {
    @Id
    @GeneratedValue
    Long id;
    @ManyToOne(optional = false)
    Clinic clinic;
    @NotNull
    LocalDate closedOn;
    String reason;
}
