package dev.retort.operation;

import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Optional;

/** Drops the unique constraint of this name from a table. */
public record DropUniqueConstraint(String table, String name) implements Operation {

    public DropUniqueConstraint {
        table = Identifiers.foldQualified(table, "table");
        name = Identifiers.fold(name, "unique constraint");
    }

    @Override
    public Schema applyTo(Schema schema) {
        return Constraints.drop(schema, table, name, UniqueConstraint.class, "unique constraint");
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new CreateUniqueConstraint(table, Constraints.existing(before, table, name, UniqueConstraint.class, "unique constraint")));
    }

    @Override
    public String describe() {
        return "dropUniqueConstraint " + name + " on " + table;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
