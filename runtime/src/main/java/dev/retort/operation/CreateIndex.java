package dev.retort.operation;

import dev.retort.schema.Index;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Optional;

/**
 * Creates an index, unique or not. An {@code online} index is built without blocking writes to the
 * table: {@code CONCURRENTLY} on PostgreSQL (outside a transaction), {@code LOCK=NONE} on MariaDB and
 * MySQL; H2 has no such option and builds it as usual.
 */
public record CreateIndex(String table, Index index, boolean online) implements Operation {

    public CreateIndex {
        table = Identifiers.foldQualified(table, "table");
    }

    /** An index built the usual way, blocking writes while it builds. */
    public CreateIndex(String table, Index index) {
        this(table, index, false);
    }

    @Override
    public Schema applyTo(Schema schema) {
        return Constraints.create(schema, table, index);
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new DropIndex(table, index.name(), online));
    }

    @Override
    public String describe() {
        return "createIndex" + (online ? "Online " : " ") + index.name() + " on " + table;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
