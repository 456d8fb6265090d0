package dev.retort.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.DefaultValue;
import dev.retort.schema.SqlType;
import dev.retort.schema.SqlType.Kind;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnDefinitionsTest {

    private static Optional<ColumnDefinitions.Definition> parse(String definition) {
        return ColumnDefinitions.parse(definition);
    }

    private static Optional<ColumnDefinitions.Definition> of(SqlType type, boolean notNull, DefaultValue value) {
        return Optional.of(new ColumnDefinitions.Definition(type, notNull, value));
    }

    @Test
    void readsTheUsualSpellingsOfEachType() {
        assertEquals(of(SqlType.varchar(64), false, null), parse("varchar(64)"));
        assertEquals(of(SqlType.varchar(64), false, null), parse("CHARACTER VARYING ( 64 )"));
        assertEquals(of(SqlType.character(1), false, null), parse("char"));
        assertEquals(of(SqlType.character(3), false, null), parse("character(3)"));
        assertEquals(of(SqlType.numeric(12, 4), false, null), parse("numeric(12,4)"));
        assertEquals(of(SqlType.numeric(5, 0), false, null), parse("DECIMAL(5)"));
        assertEquals(of(SqlType.of(Kind.INTEGER), false, null), parse("int"));
        assertEquals(of(SqlType.of(Kind.BIGINT), false, null), parse("int8"));
        assertEquals(of(SqlType.of(Kind.DOUBLE), false, null), parse("double precision"));
        assertEquals(of(SqlType.of(Kind.TIMESTAMP_TZ), false, null), parse("timestamp(6) with time zone"));
        assertEquals(of(SqlType.of(Kind.TIMESTAMP_TZ), false, null), parse("timestamptz"));
        assertEquals(of(SqlType.of(Kind.TIMESTAMP), false, null), parse("timestamp without time zone"));
        assertEquals(of(SqlType.of(Kind.TIME), false, null), parse("time(3)"));
        assertEquals(of(SqlType.of(Kind.CLOB), false, null), parse("character large object"));
        assertEquals(of(SqlType.varbinary(16), false, null), parse("binary varying(16)"));
        assertEquals(of(SqlType.of(Kind.UUID), false, null), parse("uuid"));
    }

    @Test
    void readsDefaultsAndNullability() {
        assertEquals(of(SqlType.of(Kind.BIGINT), true, null), parse("bigint not null"));
        assertEquals(of(SqlType.varchar(10), true, new DefaultValue.Text("it's")),
                parse("varchar(10) DEFAULT 'it''s' NOT NULL"));
        assertEquals(of(SqlType.of(Kind.BOOLEAN), false, new DefaultValue.Bool(true)), parse("boolean default true null"));
        assertEquals(of(SqlType.of(Kind.INTEGER), false, new DefaultValue.Number(new BigDecimal("-3"))),
                parse("integer default -3"));
        assertEquals(of(SqlType.of(Kind.TIMESTAMP), true, new DefaultValue.CurrentTimestamp()),
                parse("timestamp not null default now()"));
    }

    @Test
    void anythingElseIsNotRead() {
        assertEquals(Optional.empty(), parse("jsonb"));
        assertEquals(Optional.empty(), parse("integer8"));
        assertEquals(Optional.empty(), parse("varchar"));
        assertEquals(Optional.empty(), parse("varchar(10) check (length(x) > 2)"));
        assertEquals(Optional.empty(), parse("text collate \"C\""));
        assertEquals(Optional.empty(), parse("integer default nextval('s')"));
        assertEquals(Optional.empty(), parse("integer default 1 default 2"));
        assertEquals(Optional.empty(), parse("numeric"));
    }
}
