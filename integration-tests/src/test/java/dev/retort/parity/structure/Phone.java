package dev.retort.parity.structure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Phone {
    @Column(length = 4)
    String countryCode;
    String number;
}
