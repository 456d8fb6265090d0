package dev.retort.operation;

import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import java.util.List;
import java.util.Optional;

/** Makes a column NOT NULL. The rows must hold a value in it by then: backfill first. */
public record SetNotNull(String table, String column) implements Operation {

    public SetNotNull {
        table = Identifiers.foldQualified(table, "table");
        column = Identifiers.fold(column, "column");
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
        return "setNotNull " + table + "." + column;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
