package dev.retort.operation;

import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import java.util.List;
import java.util.Optional;

/**
 * Makes a column NOT NULL. The rows must hold a value in it by then: backfill first. Done
 * {@code safely}, PostgreSQL checks the rows without blocking reads and writes: a {@code NOT VALID}
 * check {@code column IS NOT NULL}, its validation, {@code SET NOT NULL} (which PostgreSQL 12+ proves
 * from the check without a scan), then the check dropped, each committed on its own; H2 and MariaDB
 * have no such form and set it plainly.
 */
public record SetNotNull(String table, String column, boolean safely) implements Operation {

    public SetNotNull {
        table = Identifiers.foldQualified(table, "table");
        column = Identifiers.fold(column, "column");
    }

    /** The plain form: PostgreSQL scans the table holding its strongest lock. */
    public SetNotNull(String table, String column) {
        this(table, column, false);
    }

    /** The name of the transient check the safe form adds and drops. */
    public String transientCheckName() {
        String name = "nn_" + Identifiers.namePart(table) + "_" + column;
        return name.length() <= 63 ? name : name.substring(0, 63);
    }

    @Override
    public Schema applyTo(Schema schema) {
        return ColumnChanges.change(schema, table, column, c -> {
            if (!c.nullable()) {
                throw new SchemaMisfitException("column " + table + "." + column + " is already NOT NULL");
            }
            return c.withNullable(false);
        });
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new DropNotNull(table, column));
    }

    @Override
    public String describe() {
        return "setNotNull" + (safely ? "Safely " : " ") + table + "." + column;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
