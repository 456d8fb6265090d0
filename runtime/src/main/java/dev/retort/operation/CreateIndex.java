package dev.retort.operation;

import dev.retort.schema.Index;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Optional;

/** Creates an index, unique or not. */
public record CreateIndex(String table, Index index) implements Operation {

    public CreateIndex {
        table = Identifiers.fold(table, "table");
    }

    @Override
    public Schema applyTo(Schema schema) {
        return Constraints.create(schema, table, index);
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new DropIndex(table, index.name()));
    }

    @Override
    public String describe() {
        return "createIndex " + index.name() + " on " + table;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
