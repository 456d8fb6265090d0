package dev.retort.parity.clinic;


/** Stored by name. */
public enum AuditAction { CREATED, UPDATED, DELETED }
