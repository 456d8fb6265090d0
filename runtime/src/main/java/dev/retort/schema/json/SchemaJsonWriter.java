package dev.retort.schema.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a schema in the {@code retort-schema/1} format: the SQL schemas besides the default one
 * (when there are any), tables, indexes, constraints and sequences sorted by name, columns in their table's order, two-space indents and {@code \n} line ends on every
 * platform, so that equal schemas give equal text and a change shows as a small diff.
 */
final class SchemaJsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private SchemaJsonWriter() {}

    static void write(Schema schema, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeStringField("format", SchemaJson.FORMAT);
            if (!schema.namespaces().isEmpty()) {
                json.writeArrayFieldStart("schemas");
                for (String namespace : schema.namespaces()) {
                    json.writeString(namespace);
                }
                json.writeEndArray();
            }
            json.writeArrayFieldStart("tables");
            for (Table table : sorted(schema.tables().values().stream(), Table::name)) {
                writeTable(json, table);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("sequences");
            for (Sequence sequence : sorted(schema.sequences().values().stream(), Sequence::name)) {
                json.writeStartObject();
                json.writeStringField("name", sequence.name());
                json.writeNumberField("start", sequence.start());
                json.writeNumberField("increment", sequence.increment());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static void writeTable(JsonGenerator json, Table table) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", table.name());
        json.writeArrayFieldStart("columns");
        for (Column column : table.columns().values()) {
            writeColumn(json, column);
        }
        json.writeEndArray();
        json.writeFieldName("primaryKey");
        if (table.primaryKey() == null) {
            json.writeNull();
        } else {
            writeNames(json, table.primaryKey().columns());
        }
        json.writeArrayFieldStart("indexes");
        for (Index index : sortedByName(table.indexes())) {
            json.writeStartObject();
            json.writeStringField("name", index.name());
            json.writeFieldName("columns");
            writeNames(json, index.columns());
            json.writeBooleanField("unique", index.unique());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("uniqueConstraints");
        for (UniqueConstraint unique : sortedByName(table.uniqueConstraints())) {
            json.writeStartObject();
            json.writeStringField("name", unique.name());
            json.writeFieldName("columns");
            writeNames(json, unique.columns());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("foreignKeys");
        for (ForeignKey fk : sortedByName(table.foreignKeys())) {
            json.writeStartObject();
            json.writeStringField("name", fk.name());
            json.writeFieldName("columns");
            writeNames(json, fk.columns());
            json.writeStringField("referencedTable", fk.referencedTable());
            json.writeFieldName("referencedColumns");
            writeNames(json, fk.referencedColumns());
            json.writeStringField("onDelete", fk.onDelete().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("checks");
        for (CheckConstraint check : sortedByName(table.checks())) {
            json.writeStartObject();
            json.writeStringField("name", check.name());
            json.writeStringField("expression", check.expression());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeColumn(JsonGenerator json, Column column) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", column.name());
        json.writeStringField("type", column.type().toString());
        json.writeBooleanField("nullable", column.nullable());
        json.writeFieldName("default");
        writeDefault(json, column.defaultValue());
        json.writeBooleanField("identity", column.identity());
        json.writeEndObject();
    }

    private static void writeDefault(JsonGenerator json, DefaultValue value) throws IOException {
        if (value == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        if (value instanceof DefaultValue.Text text) {
            json.writeStringField("kind", "text");
            json.writeStringField("value", text.value());
        } else if (value instanceof DefaultValue.Number number) {
            json.writeStringField("kind", "number");
            json.writeFieldName("value");
            // Plain digits, never an exponent: the number is read back exactly as a BigDecimal.
            json.writeNumber(number.value().toPlainString());
        } else if (value instanceof DefaultValue.Bool bool) {
            json.writeStringField("kind", "boolean");
            json.writeBooleanField("value", bool.value());
        } else {
            json.writeStringField("kind", "currentTimestamp");
        }
        json.writeEndObject();
    }

    private static void writeNames(JsonGenerator json, List<String> names) throws IOException {
        json.writeStartArray();
        for (String name : names) {
            json.writeString(name);
        }
        json.writeEndArray();
    }

    private static <T extends TableConstraint> List<T> sortedByName(Stream<T> constraints) {
        return sorted(constraints, TableConstraint::name);
    }

    private static <T> List<T> sorted(Stream<T> values, java.util.function.Function<T, String> name) {
        return values.sorted(Comparator.comparing(name)).toList();
    }
}
