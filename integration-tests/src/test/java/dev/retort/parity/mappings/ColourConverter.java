package dev.retort.parity.mappings;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Applied to every {@link Colour} attribute without being named there. */
@Converter(autoApply = true)
public class ColourConverter implements AttributeConverter<Colour, String> {
    @Override
    public String convertToDatabaseColumn(Colour colour) {
        return colour == null ? null : String.format("#%06x", colour.rgb());
    }

    @Override
    public Colour convertToEntityAttribute(String text) {
        return text == null ? null : new Colour(Integer.parseInt(text.substring(1), 16));
    }
}
