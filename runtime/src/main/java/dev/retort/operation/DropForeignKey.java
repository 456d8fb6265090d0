package dev.retort.operation;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Optional;

/** Drops the foreign key of this name from a table. */
public record DropForeignKey(String table, String name) implements Operation {

    public DropForeignKey {
        table = Identifiers.foldQualified(table, "table");
        name = Identifiers.fold(name, "foreign key");
    }

    @Override
    public Schema applyTo(Schema schema) {
        return Constraints.drop(schema, table, name, ForeignKey.class, "foreign key");
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new CreateForeignKey(table, Constraints.existing(before, table, name, ForeignKey.class, "foreign key")));
    }

    @Override
    public String describe() {
        return "dropForeignKey " + name + " on " + table;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
