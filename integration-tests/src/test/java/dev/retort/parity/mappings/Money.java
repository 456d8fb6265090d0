package dev.retort.parity.mappings;

/** A value no JPA provider maps by itself: it needs a converter. */
public record Money(long cents) {}
