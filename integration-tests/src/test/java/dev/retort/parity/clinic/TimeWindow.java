package dev.retort.parity.clinic;

import jakarta.persistence.Embeddable;
import java.time.LocalTime;

/** A window of the day. */
@Embeddable
public class TimeWindow {
    LocalTime fromTime;
    LocalTime toTime;
}
