package dev.retort.parity.clinic;


/** Stored by ordinal. */
public enum Species { DOG, CAT, BIRD, RABBIT, REPTILE }
