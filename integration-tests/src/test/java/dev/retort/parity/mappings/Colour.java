package dev.retort.parity.mappings;

/** A colour as {@code #rrggbb}; its converter applies itself to every attribute of this type. */
public record Colour(int rgb) {}
