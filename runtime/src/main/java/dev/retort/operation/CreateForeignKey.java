package dev.retort.operation;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Optional;

/**
 * Creates a foreign key; the referenced columns must be a primary key or unique. A {@code notValid}
 * key is added without checking the rows already there ({@code NOT VALID} on PostgreSQL, which then
 * holds its lock only for a moment); {@link ValidateConstraint} checks them later. H2 and MariaDB
 * have no such form and check the rows at once.
 */
public record CreateForeignKey(String table, ForeignKey foreignKey, boolean notValid) implements Operation {

    public CreateForeignKey {
        table = Identifiers.foldQualified(table, "table");
    }

    /** A foreign key that checks the rows already there as it is added. */
    public CreateForeignKey(String table, ForeignKey foreignKey) {
        this(table, foreignKey, false);
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
        return "createForeignKey" + (notValid ? "NotValid " : " ") + foreignKey.name() + " on " + table;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
