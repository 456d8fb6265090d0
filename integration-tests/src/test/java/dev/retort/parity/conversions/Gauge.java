package dev.retort.parity.conversions;

import dev.retort.parity.mappings.Level;
import dev.retort.parity.mappings.LevelConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Enums through a converter of our own, on an attribute and by path inside an embedded value:
 * the converter's column type, and no check. (Hibernate 7 checks the values the converter gives,
 * which Retort cannot know at compile time and reports: the set runs with Hibernate 6.)
 */
@Entity
public class Gauge {
    @Id
    Long id;

    @Convert(converter = LevelConverter.class)
    Level setting;

    @Embedded
    @Convert(attributeName = "level", converter = LevelConverter.class)
    Reading reading;

    @Embeddable
    public static class Reading {
        Level level;

        Level plain;
    }
}
