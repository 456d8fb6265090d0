package dev.retort.parity.clinic;


/** Stored by name. */
public enum AppointmentStatus { BOOKED, ARRIVED, DONE, CANCELLED, NO_SHOW }
