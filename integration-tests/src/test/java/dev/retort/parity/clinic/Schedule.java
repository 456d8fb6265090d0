package dev.retort.parity.clinic;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** When to give a medication: a nested embeddable. */
@Embeddable
public class Schedule {
    int timesPerDay;
    @Embedded
    TimeWindow window;
}
