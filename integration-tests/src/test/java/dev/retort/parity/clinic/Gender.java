package dev.retort.parity.clinic;


/** Stored by name. */
public enum Gender { FEMALE, MALE, OTHER }
