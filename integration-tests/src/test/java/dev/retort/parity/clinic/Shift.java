package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.LocalTime;

/** A day at work, keyed by an @IdClass. */
@Entity
@IdClass(ShiftId.class)
public class Shift {
    @Id
    Long staffId;
    @Id
    LocalDate workDay;
    LocalTime startsAt;
    LocalTime endsAt;
    @ManyToOne
    Room room;
}
