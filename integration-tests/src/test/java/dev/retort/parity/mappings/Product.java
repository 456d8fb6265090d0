package dev.retort.parity.mappings;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.YesNoConverter;

/** Converted attributes: named converters, an auto-applied one, and one switched off. */
@Entity
public class Product {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    Long id;

    @Convert(converter = MoneyConverter.class)
    Money price;

    @Convert(converter = MoneyConverter.class)
    @Column(name = "list_price", nullable = false)
    Money listPrice;

    @Convert(converter = YesNoConverter.class)
    boolean active;

    @Convert(converter = NumericBooleanConverter.class)
    Boolean featured;

    @Convert(disableConversion = true)
    @Column(name = "raw_level")
    Level rawLevel;

    Colour colour;

    @Column(length = 7)
    Colour trim;
}
