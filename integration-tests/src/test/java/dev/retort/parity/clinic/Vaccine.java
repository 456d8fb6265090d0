package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;

/** A vaccine. */
@Entity
public class Vaccine {
    @Id
    @GeneratedValue
    Long id;
    @NotBlank
    String name;
    String manufacturer;
    Duration validity;
}
