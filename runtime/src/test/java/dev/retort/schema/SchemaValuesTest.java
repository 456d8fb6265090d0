package dev.retort.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SchemaValuesTest {

    private static void assertMisfit(String message, Executable executable) {
        assertEquals(message, assertThrows(SchemaMisfitException.class, executable).getMessage());
    }

    @Test
    void identifiersFoldToLowerCase() {
        assertEquals("user_accounts$2", Identifiers.fold("User_Accounts$2", "table"));
        assertMisfit("table name is blank", () -> Identifiers.fold(" ", "table"));
        assertMisfit("column name is blank", () -> Identifiers.fold(null, "column"));
        assertMisfit("table name '2fa' is not a plain SQL identifier (letters, digits, _ and $, not starting with a digit)",
                () -> Identifiers.fold("2fa", "table"));
        assertMisfit("index name 'my index' is not a plain SQL identifier (letters, digits, _ and $, not starting with"
                + " a digit)", () -> new Index("my index", List.of("a"), false));
    }

    @Test
    void typesPrintAsTheDslWritesThem() {
        assertEquals("varchar(255)", SqlType.varchar(255).toString());
        assertEquals("character(2)", SqlType.character(2).toString());
        assertEquals("numeric(10, 2)", SqlType.numeric(10, 2).toString());
        assertEquals("varbinary(16)", SqlType.varbinary(16).toString());
        assertEquals("timestamp_tz", SqlType.of(SqlType.Kind.TIMESTAMP_TZ).toString());
        assertMisfit("varchar needs a size greater than 0, not 0", () -> SqlType.varchar(0));
        assertMisfit("integer takes no size", () -> new SqlType(SqlType.Kind.INTEGER, 4, 0));
        assertMisfit("numeric(5, 6) needs a scale between 0 and the precision", () -> SqlType.numeric(5, 6));
        assertMisfit("character takes no scale", () -> new SqlType(SqlType.Kind.CHAR, 4, 1));
        assertMisfit("type kind is missing", () -> new SqlType(null, 0, 0));
    }

    @Test
    void typesParseBackFromTheirText() {
        for (SqlType.Kind kind : SqlType.Kind.values()) {
            SqlType type = kind == SqlType.Kind.NUMERIC ? SqlType.numeric(12, 3)
                    : kind.sized() ? new SqlType(kind, 40, 0) : SqlType.of(kind);
            assertEquals(type, SqlType.parse(type.toString()));
        }
        assertEquals(SqlType.numeric(10, 0), SqlType.parse(" NUMERIC ( 10 ) "));
        assertEquals(SqlType.numeric(10, 2), SqlType.parse("numeric(10,2)"));
        assertMisfit("unknown type 'char(2)'", () -> SqlType.parse("char(2)"));
        assertMisfit("'varchar(' is not a type such as integer, varchar(255) or numeric(10, 2)",
                () -> SqlType.parse("varchar("));
        assertMisfit("'varchar(9999999999)' is not a type such as integer, varchar(255) or numeric(10, 2)",
                () -> SqlType.parse("varchar(9999999999)"));
        assertMisfit("'null' is not a type such as integer, varchar(255) or numeric(10, 2)", () -> SqlType.parse(null));
        assertMisfit("text takes no size", () -> SqlType.parse("text(5)"));
    }

    @Test
    void defaultsAreKeptExactly() {
        assertEquals(new DefaultValue.Number(new BigDecimal("2.5")), new DefaultValue.Number(new BigDecimal("2.500")));
        assertEquals("1000", new DefaultValue.Number(new BigDecimal("1E+3")).sql());
        assertEquals("0", new DefaultValue.Number(new BigDecimal("0.000")).sql());
        assertEquals("-0.5", new DefaultValue.Number(new BigDecimal("-0.50")).sql());
        assertEquals("'it''s'", new DefaultValue.Text("it's").sql());
        assertEquals("TRUE", new DefaultValue.Bool(true).sql());
        assertEquals("CURRENT_TIMESTAMP", new DefaultValue.CurrentTimestamp().sql());
        assertMisfit("a text default cannot be null", () -> new DefaultValue.Text(null));
    }

    @Test
    void tablesCheckTheirKeysAndConstraints() {
        Column id = new Column("id", SqlType.of(SqlType.Kind.INTEGER), false, null, false);
        Column note = Column.of("note", SqlType.of(SqlType.Kind.TEXT));
        assertMisfit("table t needs at least one column", () -> Table.of("t", List.of(), null, List.of()));
        assertMisfit("table t declares column id twice", () -> Table.of("t", List.of(id, id), null, List.of()));
        assertMisfit("primary key column t.note must be NOT NULL",
                () -> Table.of("t", List.of(id, note), PrimaryKey.of("note"), List.of()));
        assertMisfit("table t has no column x for its primary key",
                () -> Table.of("t", List.of(id), PrimaryKey.of("x"), List.of()));
        assertMisfit("table t has no column x for index i",
                () -> Table.of("t", List.of(id), null, List.of(new Index("i", List.of("x"), false))));
        assertMisfit("table t declares i twice", () -> Table.of("t", List.of(id), null,
                List.of(new Index("i", List.of("id"), false), new CheckConstraint("I", "id > 0"))));
        assertMisfit("primary key needs at least one column", () -> new PrimaryKey(List.of()));
        assertMisfit("column c has no type", () -> new Column("c", null, true, null, false));
    }

    @Test
    void equalityIgnoresTheOrderOfTablesColumnsAndConstraints() {
        Column a = Column.of("a", SqlType.of(SqlType.Kind.INTEGER));
        Column b = Column.of("b", SqlType.of(SqlType.Kind.TEXT));
        Index ia = new Index("ia", List.of("a"), false);
        Index ib = new Index("ib", List.of("b"), false);
        Table ab = Table.of("t", List.of(a, b), null, List.of(ia, ib));
        Table ba = Table.of("t", List.of(b, a), null, List.of(ib, ia));
        Table u = Table.of("u", List.of(a), null, List.of());
        assertEquals(ab, ba);
        assertEquals(Schema.of(ab, u), Schema.of(u, ba));
        assertNotEquals(Schema.of(ab), Schema.of(ab).withSequence(new Sequence("s", 1, 1)));
        assertEquals(new Schema(Map.of("t", ab), Map.of()), Schema.of(ba));
    }

    @Test
    void shapesIgnoreNamesOnly() {
        assertEquals(true, new Index("a", List.of("x"), true).sameShape(new Index("b", List.of("X"), true)));
        assertEquals(false, new Index("a", List.of("x"), true).sameShape(new Index("a", List.of("x"), false)));
        assertEquals(false, new Index("a", List.of("x"), true).sameShape(new UniqueConstraint("a", List.of("x"))));
        assertEquals(true, new CheckConstraint("a", "X > 0").sameShape(new CheckConstraint("b", "x > 0")));
        assertEquals(false, new ForeignKey("a", List.of("x"), "t", List.of("id"), ReferentialAction.CASCADE)
                .sameShape(new ForeignKey("a", List.of("x"), "t", List.of("id"), null)));
    }
}
