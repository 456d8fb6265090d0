package dev.retort.parity.mappings;

public enum Level { LOW, MEDIUM, HIGH }
