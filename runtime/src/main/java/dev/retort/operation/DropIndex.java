package dev.retort.operation;

import dev.retort.schema.Index;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Optional;

/**
 * Drops the index of this name from a table. An {@code online} drop does not block reads and writes
 * while it waits for the transactions using the index: {@code DROP INDEX CONCURRENTLY} on PostgreSQL
 * (outside a transaction); elsewhere a plain drop, which is a quick change of metadata there.
 */
public record DropIndex(String table, String name, boolean online) implements Operation {

    public DropIndex {
        table = Identifiers.foldQualified(table, "table");
        name = Identifiers.fold(name, "index");
    }

    /** A plain drop. */
    public DropIndex(String table, String name) {
        this(table, name, false);
    }

    @Override
    public Schema applyTo(Schema schema) {
        return Constraints.drop(schema, table, name, Index.class, "index");
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new CreateIndex(table, Constraints.existing(before, table, name, Index.class, "index"), online));
    }

    @Override
    public String describe() {
        return "dropIndex" + (online ? "Online " : " ") + name + " on " + table;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
