package dev.retort.parity.mappings;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores money as its cents: a {@code bigint} column. */
@Converter
public class MoneyConverter implements AttributeConverter<Money, Long> {
    @Override
    public Long convertToDatabaseColumn(Money money) {
        return money == null ? null : money.cents();
    }

    @Override
    public Money convertToEntityAttribute(Long cents) {
        return cents == null ? null : new Money(cents);
    }
}
