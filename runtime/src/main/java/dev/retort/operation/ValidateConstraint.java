package dev.retort.operation;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.TableConstraint;
import java.util.List;
import java.util.Optional;

/**
 * Checks the rows against a foreign key or check added {@code notValid}: {@code VALIDATE CONSTRAINT}
 * on PostgreSQL, which scans the table without blocking its reads and writes, run in a transaction of
 * its own. Nothing on H2 and MariaDB, where the constraint was checked as it was added. The schema is
 * unchanged, so nothing undoes it.
 */
public record ValidateConstraint(String table, String name) implements Operation {

    public ValidateConstraint {
        table = Identifiers.foldQualified(table, "table");
        name = Identifiers.fold(name, "constraint");
    }

    @Override
    public Schema applyTo(Schema schema) {
        TableConstraint constraint = schema.requireTable(table).constraints().get(name);
        if (!(constraint instanceof ForeignKey) && !(constraint instanceof CheckConstraint)) {
            throw new SchemaMisfitException("table " + table + " has no foreign key or check " + name
                    + " to validate");
        }
        return schema;
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of();
    }

    @Override
    public String describe() {
        return "validateConstraint " + name + " on " + table;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
