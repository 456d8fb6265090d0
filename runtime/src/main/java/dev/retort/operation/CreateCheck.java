package dev.retort.operation;

import dev.retort.schema.Check;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Optional;

/** Creates a check constraint. */
public record CreateCheck(String table, Check check) implements Operation {

    public CreateCheck {
        table = Identifiers.foldQualified(table, "table");
    }

    @Override
    public Schema applyTo(Schema schema) {
        return Constraints.create(schema, table, check);
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new DropCheck(table, check.name()));
    }

    @Override
    public String describe() {
        return "createCheck " + check.name() + " on " + table;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
