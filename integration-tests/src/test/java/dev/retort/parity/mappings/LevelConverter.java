package dev.retort.parity.mappings;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** An enum stored as a number of our choosing: an integer column and no check of the values. */
@Converter
public class LevelConverter implements AttributeConverter<Level, Integer> {
    @Override
    public Integer convertToDatabaseColumn(Level level) {
        return level == null ? null : (level.ordinal() + 1) * 10;
    }

    @Override
    public Level convertToEntityAttribute(Integer value) {
        return value == null ? null : Level.values()[value / 10 - 1];
    }
}
