package dev.retort.migration;

import static dev.retort.migration.Dsl.INTEGER;
import static dev.retort.migration.Dsl.REAL;
import static dev.retort.migration.Dsl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.SqlType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ColumnSpecTest {

    @Test
    void modifiersAreImmutableAndCombine() {
        ColumnSpec plain = column("Id", INTEGER);
        ColumnSpec key = plain.primaryKey().identity();
        assertEquals(new Column("id", SqlType.of(SqlType.Kind.INTEGER), true, null, false), plain.toColumn());
        assertEquals(new Column("id", SqlType.of(SqlType.Kind.INTEGER), false, null, true), key.toColumn());
        assertTrue(key.isPrimaryKey());
        assertFalse(plain.isPrimaryKey());
        assertFalse(key.isUnique());
        assertTrue(plain.unique().isUnique());
        assertEquals("id integer not null identity primary key", key.toString());
        assertEquals(plain.primaryKey(), column("ID", INTEGER).primaryKey());
        assertNotEquals(plain.unique(), plain);
    }

    @Test
    void numericDefaultsKeepTheirDecimalValue() {
        assertEquals(new DefaultValue.Number(new BigDecimal("0.1")), column("r", REAL).defaultValue(0.1f).toColumn()
                .defaultValue());
        assertEquals(new DefaultValue.Number(new BigDecimal("0.1")), column("r", REAL).defaultValue(0.1d).toColumn()
                .defaultValue());
        assertEquals(new DefaultValue.Number(new BigDecimal("7")), column("r", REAL).defaultValue((short) 7).toColumn()
                .defaultValue());
        SchemaMisfitException nan = assertThrows(SchemaMisfitException.class,
                () -> column("r", REAL).defaultValue(Double.NaN));
        assertEquals("a numeric default must be a finite number, not NaN", nan.getMessage());
        SchemaMisfitException infinite = assertThrows(SchemaMisfitException.class,
                () -> column("r", REAL).defaultValue(Float.NEGATIVE_INFINITY));
        assertEquals("a numeric default must be a finite number, not -Infinity", infinite.getMessage());
    }
}
