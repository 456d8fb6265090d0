package dev.retort.parity.validation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;

@Entity
public class Region {
    @Id Long id;
    @NotBlank String label;
}
