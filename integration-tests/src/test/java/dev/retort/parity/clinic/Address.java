package dev.retort.parity.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An address, validated where it is @Valid. */
@Embeddable
public class Address {
    @NotBlank
    String street;
    @Size(max = 80)
    String city;
    @Size(max = 10)
    String postcode;
    @Column(length = 2)
    String country;
}
