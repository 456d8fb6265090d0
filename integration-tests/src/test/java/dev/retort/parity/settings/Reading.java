package dev.retort.parity.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * What the Hibernate settings that change the DDL reach: an instant, zoned date-times, a UUID (and a
 * foreign key to one), booleans, and an implicit sequence.
 */
@Entity
public class Reading {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
    Instant taken;
    OffsetDateTime offered;
    ZonedDateTime zoned;
    @Column(name = "closing") ZonedDateTime closedAt;
    UUID token;
    Boolean approved;
    boolean flagged;
    @ManyToOne Sensor sensor;
}
