package dev.retort.runner;

import dev.retort.migration.MigrationIndex;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.json.SchemaJson;
import dev.retort.schema.json.SchemaJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Optional;

/**
 * Reads the schema each index's module expects ({@link MigrationIndex#openExpectedSchema()}) and
 * joins them: modules own different tables.
 */
final class ExpectedSchemas {

    private ExpectedSchemas() {}

    static Optional<Schema> of(Collection<MigrationIndex> indexes) {
        Schema joined = null;
        for (MigrationIndex index : indexes) {
            Optional<Schema> schema = read(index);
            if (schema.isPresent()) {
                joined = joined == null ? schema.get() : join(joined, schema.get(), index);
            }
        }
        return Optional.ofNullable(joined);
    }

    private static Optional<Schema> read(MigrationIndex index) {
        try (InputStream in = index.openExpectedSchema()) {
            return in == null ? Optional.empty() : Optional.of(SchemaJson.read(in));
        } catch (IOException | SchemaJsonException e) {
            throw new RetortException("cannot read the schema the entity model expects, " + index.expectedSchemaResource()
                    + " of " + index + " (" + e.getMessage() + "): rebuild the module, whose annotation processor"
                    + " writes it", e);
        }
    }

    private static Schema join(Schema joined, Schema more, MigrationIndex index) {
        Schema result = joined;
        for (Table table : more.tables().values()) {
            if (result.table(table.name()).filter(t -> !t.equals(table)).isPresent()) {
                throw new SchemaMisfitException("table " + table.name() + " is expected differently by two modules ("
                        + index + " and another): one module must own it");
            }
            result = result.withTable(table);
        }
        for (Sequence sequence : more.sequences().values()) {
            result = result.withSequence(sequence);
        }
        return result;
    }
}
