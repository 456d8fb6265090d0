package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A vaccine given to a pet by a vet. */
@Entity
public class Vaccination {
    @Id
    @GeneratedValue
    Long id;
    @ManyToOne(optional = false)
    Pet pet;
    @ManyToOne(optional = false)
    Vaccine vaccine;
    @ManyToOne
    Veterinarian givenBy;
    @NotNull
    LocalDate givenOn;
}
