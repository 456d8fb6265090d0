package dev.retort.parity.mappings;

import jakarta.persistence.Embeddable;

@Embeddable
public class Definition {
    String meaning;
    int pages;
}
