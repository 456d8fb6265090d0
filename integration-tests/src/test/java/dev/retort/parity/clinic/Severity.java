package dev.retort.parity.clinic;


/** Stored by ordinal. */
public enum Severity { NORMAL, MILD, SEVERE, CRITICAL }
