package dev.retort.parity.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;

/** An analysis a lab runs. */
@Entity
public class LabAnalysis {
    @Id
    @GeneratedValue
    Long id;
    @Column(nullable = false, unique = true, length = 12)
    String code;
    @NotBlank
    String name;
    @Embedded
    Money price;
}
