package dev.retort.operation;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Optional;

/** Creates a foreign key; the referenced columns must be a primary key or unique. */
public record CreateForeignKey(String table, ForeignKey foreignKey) implements Operation {

    public CreateForeignKey {
        table = Identifiers.foldQualified(table, "table");
    }

    @Override
    public Schema applyTo(Schema schema) {
        return Constraints.create(schema, table, foreignKey);
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new DropForeignKey(table, foreignKey.name()));
    }

    @Override
    public String describe() {
        return "createForeignKey " + foreignKey.name() + " on " + table;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
