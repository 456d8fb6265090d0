package dev.retort.operation;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Optional;

/** Creates a check constraint; a {@code notValid} one as {@link CreateForeignKey} describes. */
public record CreateCheck(String table, CheckConstraint check, boolean notValid) implements Operation {

    public CreateCheck {
        table = Identifiers.foldQualified(table, "table");
    }

    /** A check that checks the rows already there as it is added. */
    public CreateCheck(String table, CheckConstraint check) {
        this(table, check, false);
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
        return "createCheck" + (notValid ? "NotValid " : " ") + check.name() + " on " + table;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
