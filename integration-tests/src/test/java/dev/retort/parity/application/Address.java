package dev.retort.parity.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    @Column(nullable = false, length = 120)
    String street;
    @Column(length = 12)
    String postcode;
    String city;
}
