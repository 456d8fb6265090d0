package dev.retort.parity.mappings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import java.util.Map;
import org.hibernate.annotations.MapKeyJdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Maps in collection tables: keyed by the owner and the map key. */
@Entity
public class Dictionary {
    @Id
    Long id;

    @ElementCollection
    Map<String, Integer> counts;

    @ElementCollection
    @CollectionTable(name = "translations", joinColumns = @JoinColumn(name = "dictionary_id"))
    @MapKeyColumn(name = "lang", length = 8)
    @Column(name = "text", nullable = false)
    Map<String, String> translations;

    @ElementCollection
    @MapKeyColumn(name = "edition_year")
    Map<Integer, Definition> editions;

    @ElementCollection
    @Convert(converter = MoneyConverter.class)
    Map<Level, Money> prices;

    @ElementCollection
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyJdbcTypeCode(SqlTypes.VARCHAR) // H2's native ENUM is H2's alone, as in basic.EveryType
    Map<Level, Colour> colours;
}
