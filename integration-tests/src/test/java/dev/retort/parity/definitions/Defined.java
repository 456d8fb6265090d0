package dev.retort.parity.definitions;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import dev.retort.parity.mappings.Level;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * @Column(columnDefinition): types in the usual SQL spellings, defaults, NOT NULL, and none on a primitive.
 * The definitions are H2's SQL (clob, timestamp with time zone): the set runs on H2 alone.
 */
@Entity
public class Defined {
    @Id
    @Column(columnDefinition = "uuid")
    UUID id;

    @Column(columnDefinition = "text")
    String body;

    @Column(columnDefinition = "varchar(64)")
    String title;

    @Column(columnDefinition = "numeric(12,4)")
    BigDecimal amount;

    @Column(columnDefinition = "bigint not null")
    Long counter;

    @Column(columnDefinition = "varchar(10) default 'it''s'")
    String label;

    @Column(columnDefinition = "int")
    Integer count;

    @Column(columnDefinition = "double precision")
    Double ratio;

    @Column(columnDefinition = "timestamp with time zone")
    OffsetDateTime at;

    @Column(columnDefinition = "boolean default true")
    Boolean active;

    @Column(columnDefinition = "varchar(20)", nullable = false)
    String code;

    @Column(columnDefinition = "char(2)")
    String country;

    @Column(columnDefinition = "smallint")
    int rank;

    @Basic(optional = false)
    @Column(columnDefinition = "decimal(5)")
    BigDecimal whole;

    @Column(columnDefinition = "clob")
    String notes;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(8)")
    Level level;
}
