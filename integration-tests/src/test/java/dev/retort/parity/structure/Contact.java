package dev.retort.parity.structure;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** An embeddable that embeds another. */
@Embeddable
public class Contact {
    String email;
    @Embedded
    Phone phone;
}
