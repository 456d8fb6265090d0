package dev.retort.schema.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.diff.SchemaGenerator;
import dev.retort.operation.CreateSchema;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SchemaJsonTest {

    static Schema small() {
        Table users = Table.of("users", List.of(
                        new Column("id", SqlType.of(SqlType.Kind.BIGINT), false, null, true),
                        new Column("email", SqlType.varchar(255), false, null, false),
                        new Column("score", SqlType.numeric(5, 2), true, new DefaultValue.Number(new BigDecimal("1.5")),
                                false),
                        new Column("created_at", SqlType.of(SqlType.Kind.TIMESTAMP_TZ), false,
                                new DefaultValue.CurrentTimestamp(), false)),
                PrimaryKey.of("id"),
                List.of(new UniqueConstraint("uk_users_email", List.of("email")),
                        new CheckConstraint("ck_users_score", "score >= 0")));
        Table shows = Table.of("shows", List.of(
                        new Column("id", SqlType.of(SqlType.Kind.INTEGER), false, null, false),
                        new Column("title", SqlType.of(SqlType.Kind.TEXT), false, new DefaultValue.Text("untitled"), false),
                        new Column("public", SqlType.of(SqlType.Kind.BOOLEAN), true, new DefaultValue.Bool(true), false),
                        new Column("created_by", SqlType.of(SqlType.Kind.BIGINT), true, null, false)),
                PrimaryKey.of("id"),
                List.of(new Index("idx_shows_title", List.of("title", "public"), false),
                        new ForeignKey("fk_shows_created_by", List.of("created_by"), "users", List.of("id"),
                                ReferentialAction.SET_NULL)));
        Table log = Table.of("log", List.of(new Column("line", SqlType.of(SqlType.Kind.TEXT), true, null, false)),
                null, List.of());
        return Schema.of(users, shows, log).withSequence(new Sequence("seq_shows", 1, 50));
    }

    private static String golden() throws IOException {
        try (InputStream in = SchemaJsonTest.class.getResourceAsStream("small-schema.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTheDocumentedFormatExactly() throws IOException {
        assertEquals(golden(), SchemaJson.write(small()));
    }

    @Test
    void readsTheGoldenDocumentBack() throws IOException {
        try (InputStream in = SchemaJsonTest.class.getResourceAsStream("small-schema.json")) {
            assertEquals(small(), SchemaJson.read(in));
        }
    }

    @Test
    void equalSchemasGiveEqualTextWhateverTheirHistory() {
        Schema small = small();
        Schema reordered = Schema.EMPTY.withSequence(small.sequences().get("seq_shows"));
        for (String name : List.of("users", "log", "shows")) {
            Table table = small.requireTable(name);
            reordered = reordered.withTable(Table.of(name, List.copyOf(table.columns().values()),
                    table.primaryKey(), table.constraints().values().stream().sorted(
                            java.util.Comparator.comparing(c -> c.name(), java.util.Comparator.reverseOrder())).toList()));
        }
        assertEquals(small, reordered);
        assertEquals(SchemaJson.write(small), SchemaJson.write(reordered));
    }

    @Test
    void everyKindOfValueRoundTrips() {
        List<Column> columns = new ArrayList<>();
        for (SqlType.Kind kind : SqlType.Kind.values()) {
            int i = kind.ordinal();
            SqlType type = kind == SqlType.Kind.NUMERIC ? SqlType.numeric(38, 10)
                    : kind.sized() ? new SqlType(kind, 100 + i, 0) : SqlType.of(kind);
            boolean identity = kind == SqlType.Kind.BIGINT;
            columns.add(new Column("c" + i, type, i % 2 == 1 && !identity, null, identity));
        }
        columns.add(new Column("t1", SqlType.of(SqlType.Kind.TEXT), true,
                new DefaultValue.Text("quote \" backslash \\ newline \n tab \t unicode \u00e9\u4e2d\ud83d\ude00 ''"), false));
        columns.add(new Column("t2", SqlType.of(SqlType.Kind.TEXT), true, new DefaultValue.Text(""), false));
        columns.add(new Column("n1", SqlType.numeric(38, 20), true,
                new DefaultValue.Number(new BigDecimal("0.00000001")), false));
        columns.add(new Column("n2", SqlType.numeric(38, 0), true,
                new DefaultValue.Number(new BigDecimal("-123456789012345678901234567890")), false));
        columns.add(new Column("n3", SqlType.numeric(10, 0), true, new DefaultValue.Number(new BigDecimal("1E+3")),
                false));
        columns.add(new Column("b", SqlType.of(SqlType.Kind.BOOLEAN), true, new DefaultValue.Bool(false), false));
        Table wide = Table.of("wide", columns, PrimaryKey.of("c2", "c0"), List.of(
                new Index("ux_wide", List.of("t1", "n1"), true),
                new CheckConstraint("ck_wide", "n1 > 0 AND t1 <> 'x\"y'"),
                new ForeignKey("fk_self", List.of("n2", "n3"), "wide", List.of("c2", "c0"), ReferentialAction.CASCADE)));
        Schema schema = Schema.of(wide)
                .withSequence(new Sequence("down", Long.MAX_VALUE, Long.MIN_VALUE))
                .withSequence(new Sequence("up", Long.MIN_VALUE, 1));
        String json = SchemaJson.write(schema);
        assertEquals(schema, SchemaJson.read(json));
        assertEquals(json, SchemaJson.write(SchemaJson.read(json)));
    }

    @Property(tries = 300, seed = "20250105")
    void generatedSchemasRoundTrip(@ForAll("schemas") Schema schema) {
        String json = SchemaJson.write(schema);
        Schema read = SchemaJson.read(json);
        assertEquals(schema, read);
        assertEquals(json, SchemaJson.write(read));
    }

    @Provide
    Arbitrary<Schema> schemas() {
        return Arbitraries.randomValue(random -> new SchemaGenerator(random).schema());
    }

    @Test
    void theEmptySchema() {
        String json = SchemaJson.write(Schema.EMPTY);
        assertEquals("{\n  \"format\": \"retort-schema/1\",\n  \"tables\": [],\n  \"sequences\": []\n}\n", json);
        assertEquals(Schema.EMPTY, SchemaJson.read(json));
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        Schema read = SchemaJson.read("""
                {"format": "retort-schema/1", "tables": [
                  {"name": "Notes", "columns": [{"name": "ID", "type": "INTEGER", "nullable": false},
                                                {"name": "body", "type": "Numeric( 10 , 2 )", "nullable": true}],
                   "primaryKey": ["id"],
                   "indexes": [{"name": "idx_notes_body", "columns": ["body"]}]},
                  {"name": "tags", "columns": [{"name": "note", "type": "integer", "nullable": true}],
                   "primaryKey": null,
                   "foreignKeys": [{"name": "fk", "columns": ["note"], "referencedTable": "notes",
                                    "referencedColumns": ["id"]}]}]}
                """);
        Schema expected = Schema.of(
                Table.of("notes", List.of(new Column("id", SqlType.of(SqlType.Kind.INTEGER), false, null, false),
                                new Column("body", SqlType.numeric(10, 2), true, null, false)),
                        PrimaryKey.of("id"), List.of(new Index("idx_notes_body", List.of("body"), false))),
                Table.of("tags", List.of(Column.of("note", SqlType.of(SqlType.Kind.INTEGER))), null,
                        List.of(new ForeignKey("fk", List.of("note"), "notes", List.of("id"), null))));
        assertEquals(expected, read);
    }

    @Test
    void schemasBesidesTheDefaultOneComeFirstAndHoldQualifiedTables() {
        Schema schema = new CreateSchema("sales").applyTo(Schema.EMPTY)
                .withTable(Table.of("sales.orders", List.of(Column.of("id", SqlType.of(SqlType.Kind.INTEGER))), null,
                        List.of()));
        String json = SchemaJson.write(schema);
        assertTrue(json.startsWith("{\n  \"format\": \"retort-schema/1\",\n  \"schemas\": [\n    \"sales\"\n  ],"), json);
        assertEquals(schema, SchemaJson.read(json));
        assertRefused("$.tables[0] (line 1, column 42): there is no schema sales for table sales.t: create it first"
                + " with createSchema(\"sales\")", "{\"format\": \"retort-schema/1\", \"tables\": [{\"name\":"
                + " \"sales.t\", \"columns\": [{\"name\": \"a\", \"type\": \"integer\", \"nullable\": true}]}]}");
    }

    private static void assertRefused(String message, String json) {
        SchemaJsonException refused = assertThrows(SchemaJsonException.class, () -> SchemaJson.read(json));
        assertEquals(message, refused.getMessage());
    }

    /** A one-line document with one table {@code t} whose single column is given. */
    private static String withColumn(String column) {
        return "{\"format\": \"retort-schema/1\", \"tables\": [{\"name\": \"t\", \"columns\": [" + column + "]}]}";
    }

    @Test
    void malformedDocumentsAreRefusedAtTheirPlace() {
        assertRefused("$: the document is empty", "  ");
        assertRefused("$ (line 1, column 1): expected an object, found an array", "[]");
        assertRefused("$ (line 1, column 45): unexpected content after the document",
                "{\"format\": \"retort-schema/1\", \"tables\": []} {}");
        assertRefused("$.format (line 1, column 12): unsupported format \"retort-schema/2\": this Retort reads"
                + " \"retort-schema/1\"", "{\"format\": \"retort-schema/2\", \"tables\": []}");
        assertRefused("$ (line 1, column 1): the field \"format\" is missing", "{\"tables\": []}");
        assertRefused("$.tables (line 1, column 41): expected an array, found an object",
                "{\"format\": \"retort-schema/1\", \"tables\": {}}");
        assertRefused("$.tables[0].colums (line 1, column 66): unknown field; expected one of [checks, columns,"
                        + " foreignKeys, indexes, name, primaryKey, uniqueConstraints]",
                "{\"format\": \"retort-schema/1\", \"tables\": [{\"name\": \"t\", \"colums\": []}]}");
        assertRefused("$.tables[0].columns[0] (line 1, column 68): the field \"nullable\" is missing",
                withColumn("{\"name\": \"c\", \"type\": \"integer\"}"));
        assertRefused("$.tables[0].columns[0].nullable (line 1, column 113): expected true or false, found the"
                + " string \"yes\"", withColumn("{\"name\": \"c\", \"type\": \"integer\", \"nullable\": \"yes\"}"));
        assertRefused("$.tables[0].columns[0].nullable (line 1, column 113): expected true or false, found null",
                withColumn("{\"name\": \"c\", \"type\": \"integer\", \"nullable\": null}"));
        assertRefused("$.tables[0].columns[0].type (line 1, column 90): unknown type 'varchr(255)'",
                withColumn("{\"name\": \"c\", \"type\": \"varchr(255)\", \"nullable\": true}"));
        assertRefused("$.tables[0].columns[0].type (line 1, column 90): varchar needs a size greater than 0, not 0",
                withColumn("{\"name\": \"c\", \"type\": \"varchar(0)\", \"nullable\": true}"));
        assertRefused("$.tables[0].columns[0].default.kind (line 1, column 136): unknown default kind \"now\";"
                        + " expected text, number, boolean or currentTimestamp",
                withColumn("{\"name\": \"c\", \"type\": \"text\", \"nullable\": true, \"default\": {\"kind\": \"now\"}}"));
        assertRefused("$.tables[0].columns[0].default.value (line 1, column 155): expected a number, found the"
                        + " string \"1\"",
                withColumn("{\"name\": \"c\", \"type\": \"text\", \"nullable\": true, \"default\": {\"kind\": \"number\","
                        + " \"value\": \"1\"}}"));
        assertRefused("$.tables[0].columns[0] (line 1, column 68): column name '2c' is not a plain SQL identifier"
                        + " (letters, digits, _ and $, not starting with a digit)",
                withColumn("{\"name\": \"2c\", \"type\": \"text\", \"nullable\": true}"));
        assertRefused("$.tables[0].columns[0].name (line 1, column 82): the field appears twice",
                withColumn("{\"name\": \"c\", \"name\": \"d\", \"type\": \"text\", \"nullable\": true}"));
        assertRefused("$.tables[0].columns[1] (line 1, column 117): expected an object, found null",
                withColumn("{\"name\": \"c\", \"type\": \"text\", \"nullable\": true}, null"));
    }

    @Test
    void syntaxErrorsNameThePathAndPlace() {
        SchemaJsonException refused = assertThrows(SchemaJsonException.class, () -> SchemaJson.read(
                "{\"format\": \"retort-schema/1\",\n \"tables\": [{\"name\": \"t\",, \"columns\": []}]}"));
        assertEquals("$.tables[0] (line 2, column 26): malformed JSON: Unexpected character (',' (code 44)):"
                + " was expecting double-quote to start field name", refused.getMessage());
        SchemaJsonException truncated = assertThrows(SchemaJsonException.class, () -> SchemaJson.read(
                "{\"format\": \"retort-schema/1\", \"tables\": [{\"name\": \"t\""));
        assertEquals("$.tables[0] (line 1, column 54): malformed JSON: the document ends before this value does",
                truncated.getMessage());
    }

    @Test
    void schemasTheModelRefusesAreRefusedAtTheirPlace() {
        String users = "{\"name\": \"users\", \"columns\": [{\"name\": \"id\", \"type\": \"integer\", \"nullable\": false},"
                + " {\"name\": \"name\", \"type\": \"text\", \"nullable\": true}], \"primaryKey\": [\"id\"]}";
        assertRefused("$.tables[1] (line 1, column 202): table users already exists",
                "{\"format\": \"retort-schema/1\", \"tables\": [" + users + ", " + users + "]}");
        assertRefused("$.tables[0] (line 1, column 42): primary key column users.name must be NOT NULL",
                "{\"format\": \"retort-schema/1\", \"tables\": [" + users.replace("[\"id\"]", "[\"name\"]") + "]}");
        String shows = "{\"name\": \"shows\", \"columns\": [{\"name\": \"owner\", \"type\": \"integer\", \"nullable\": true}],"
                + " \"foreignKeys\": [{\"name\": \"fk_owner\", \"columns\": [\"owner\"], \"referencedTable\": \"REF\","
                + " \"referencedColumns\": [\"COL\"]}]}";
        assertRefused("$.tables[1].foreignKeys[0] (line 1, column 305): there is no table people",
                "{\"format\": \"retort-schema/1\", \"tables\": [" + users + ", "
                        + shows.replace("REF", "people").replace("COL", "id") + "]}");
        assertRefused("$.tables[1].foreignKeys[0] (line 1, column 305): foreign key fk_owner references users (name),"
                        + " which is neither its primary key nor unique",
                "{\"format\": \"retort-schema/1\", \"tables\": [" + users + ", "
                        + shows.replace("REF", "users").replace("COL", "name") + "]}");
        assertRefused("$.tables[1].foreignKeys[0].onDelete (line 1, column 417): unknown action \"cascade\"; expected"
                        + " one of [NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT]",
                "{\"format\": \"retort-schema/1\", \"tables\": [" + users + ", "
                        + shows.replace("REF", "users").replace("COL", "id")
                        .replace("[\"id\"]}", "[\"id\"], \"onDelete\": \"cascade\"}") + "]}");
        assertRefused("$.sequences[0].start (line 1, column 82): expected a whole number, found 1.5",
                "{\"format\": \"retort-schema/1\", \"tables\": [], \"sequences\": [{\"name\": \"s\", \"start\": 1.5,"
                        + " \"increment\": 1}]}");
        assertRefused("$.sequences[0] (line 1, column 59): sequence s cannot increment by 0",
                "{\"format\": \"retort-schema/1\", \"tables\": [], \"sequences\": [{\"name\": \"s\", \"start\": 1,"
                        + " \"increment\": 0}]}");
    }
}
