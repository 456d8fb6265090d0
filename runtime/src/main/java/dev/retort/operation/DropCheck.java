package dev.retort.operation;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Optional;

/** Drops the check of this name from a table. */
public record DropCheck(String table, String name) implements Operation {

    public DropCheck {
        table = Identifiers.foldQualified(table, "table");
        name = Identifiers.fold(name, "check");
    }

    @Override
    public Schema applyTo(Schema schema) {
        return Constraints.drop(schema, table, name, CheckConstraint.class, "check");
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new CreateCheck(table, Constraints.existing(before, table, name, CheckConstraint.class, "check")));
    }

    @Override
    public String describe() {
        return "dropCheck " + name + " on " + table;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
