package dev.retort.operation;

import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Optional;

/** Creates a unique constraint. */
public record CreateUniqueConstraint(String table, UniqueConstraint constraint) implements Operation {

    public CreateUniqueConstraint {
        table = Identifiers.foldQualified(table, "table");
    }

    @Override
    public Schema applyTo(Schema schema) {
        return Constraints.create(schema, table, constraint);
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new DropUniqueConstraint(table, constraint.name()));
    }

    @Override
    public String describe() {
        return "createUniqueConstraint " + constraint.name() + " on " + table;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
