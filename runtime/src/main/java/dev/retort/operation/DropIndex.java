package dev.retort.operation;

import dev.retort.schema.Index;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Optional;

/** Drops the index of this name from a table. */
public record DropIndex(String table, String name) implements Operation {

    public DropIndex {
        table = Identifiers.foldQualified(table, "table");
        name = Identifiers.fold(name, "index");
    }

    @Override
    public Schema applyTo(Schema schema) {
        return Constraints.drop(schema, table, name, Index.class, "index");
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new CreateIndex(table, Constraints.existing(before, table, name, Index.class, "index")));
    }

    @Override
    public String describe() {
        return "dropIndex " + name + " on " + table;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
