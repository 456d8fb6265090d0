package dev.retort.parity.structure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    @Column(nullable = false)
    String street;
    String city;
    int floor;
}
