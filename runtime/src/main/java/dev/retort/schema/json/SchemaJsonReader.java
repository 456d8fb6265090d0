package dev.retort.schema.json;

import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.CreateSchema;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns a {@code retort-schema/1} document into a schema. The schema is built with the same operations
 * a migration uses (tables first, then foreign keys, then sequences), so a document is accepted exactly
 * when the model accepts the schema it describes; every refusal names the place in the document.
 */
final class SchemaJsonReader {

    private SchemaJsonReader() {}

    static Schema read(JsonValue document) {
        JsonValue root = document.object(Set.of("format", "schemas", "tables", "sequences"));
        JsonValue format = root.field("format");
        if (!SchemaJson.FORMAT.equals(format.string())) {
            throw format.error("unsupported format \"" + format.string() + "\": this Retort reads \""
                    + SchemaJson.FORMAT + "\"");
        }
        List<JsonValue> tables = root.field("tables").array();
        Schema schema = Schema.EMPTY;
        for (JsonValue json : list(root, "schemas")) {
            schema = at(json, s -> new CreateSchema(json.string()).applyTo(s), schema);
        }
        for (JsonValue json : tables) {
            Table table = table(json);
            schema = at(json, new CreateTable(table)::applyTo, schema);
        }
        for (JsonValue json : tables) {
            String table = json.field("name").string();
            for (JsonValue fk : list(json, "foreignKeys")) {
                ForeignKey foreignKey = foreignKey(fk);
                schema = at(fk, new CreateForeignKey(table, foreignKey)::applyTo, schema);
            }
        }
        for (JsonValue json : list(root, "sequences")) {
            json.object(Set.of("name", "start", "increment"));
            Sequence sequence = at(json, () -> new Sequence(json.field("name").string(),
                    json.field("start").wholeNumber(), json.field("increment").wholeNumber()));
            schema = at(json, new CreateSequence(sequence)::applyTo, schema);
        }
        return schema;
    }

    /** The table without its foreign keys, which can only be checked once every table is there. */
    private static Table table(JsonValue json) {
        json.object(Set.of("name", "columns", "primaryKey", "indexes", "uniqueConstraints", "foreignKeys",
                "checks"));
        String name = json.field("name").string();
        List<Column> columns = new ArrayList<>();
        for (JsonValue column : json.field("columns").array()) {
            columns.add(column(column));
        }
        PrimaryKey key = json.optionalField("primaryKey")
                .map(k -> at(k, () -> new PrimaryKey(names(k))))
                .orElse(null);
        List<TableConstraint> constraints = new ArrayList<>();
        for (JsonValue index : list(json, "indexes")) {
            index.object(Set.of("name", "columns", "unique"));
            boolean unique = index.optionalField("unique").map(JsonValue::bool).orElse(false);
            constraints.add(at(index, () -> new Index(index.field("name").string(), names(index.field("columns")),
                    unique)));
        }
        for (JsonValue unique : list(json, "uniqueConstraints")) {
            unique.object(Set.of("name", "columns"));
            constraints.add(at(unique, () -> new UniqueConstraint(unique.field("name").string(),
                    names(unique.field("columns")))));
        }
        for (JsonValue check : list(json, "checks")) {
            check.object(Set.of("name", "expression"));
            constraints.add(at(check, () -> new CheckConstraint(check.field("name").string(),
                    check.field("expression").string())));
        }
        return at(json, () -> Table.of(name, columns, key, constraints));
    }

    private static Column column(JsonValue json) {
        json.object(Set.of("name", "type", "nullable", "default", "identity"));
        JsonValue type = json.field("type");
        SqlType sqlType = at(type, () -> SqlType.parse(type.string()));
        boolean nullable = json.field("nullable").bool();
        DefaultValue value = json.optionalField("default").map(SchemaJsonReader::defaultValue).orElse(null);
        boolean identity = json.optionalField("identity").map(JsonValue::bool).orElse(false);
        return at(json, () -> new Column(json.field("name").string(), sqlType, nullable, value, identity));
    }

    private static DefaultValue defaultValue(JsonValue json) {
        JsonValue kind = json.object(Set.of("kind", "value")).field("kind");
        switch (kind.string()) {
            case "text":
                return new DefaultValue.Text(json.field("value").string());
            case "number":
                return new DefaultValue.Number(json.field("value").decimal());
            case "boolean":
                return new DefaultValue.Bool(json.field("value").bool());
            case "currentTimestamp":
                json.object(Set.of("kind"));
                return new DefaultValue.CurrentTimestamp();
            default:
                throw kind.error("unknown default kind \"" + kind.string()
                        + "\"; expected text, number, boolean or currentTimestamp");
        }
    }

    private static ForeignKey foreignKey(JsonValue json) {
        json.object(Set.of("name", "columns", "referencedTable", "referencedColumns", "onDelete"));
        ReferentialAction onDelete = json.optionalField("onDelete").map(SchemaJsonReader::action)
                .orElse(ReferentialAction.NO_ACTION);
        return at(json, () -> new ForeignKey(json.field("name").string(), names(json.field("columns")),
                json.field("referencedTable").string(), names(json.field("referencedColumns")), onDelete));
    }

    private static ReferentialAction action(JsonValue json) {
        String name = json.string();
        return Arrays.stream(ReferentialAction.values()).filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> json.error("unknown action \"" + name + "\"; expected one of "
                        + Arrays.toString(ReferentialAction.values())));
    }

    private static List<String> names(JsonValue json) {
        return json.array().stream().map(JsonValue::string).toList();
    }

    /** The elements of an optional array field; absent or null is empty. */
    private static List<JsonValue> list(JsonValue json, String field) {
        return json.optionalField(field).map(JsonValue::array).orElse(List.of());
    }

    /** The value, or the model's refusal of it said at this place in the document. */
    private static <T> T at(JsonValue place, Supplier<T> value) {
        try {
            return value.get();
        } catch (SchemaMisfitException misfit) {
            throw place.error(misfit.getMessage());
        }
    }

    private static Schema at(JsonValue place, Function<Schema, Schema> step, Schema schema) {
        return at(place, () -> step.apply(schema));
    }
}
