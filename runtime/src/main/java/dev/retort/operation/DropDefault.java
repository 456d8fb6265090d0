package dev.retort.operation;

import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import java.util.List;
import java.util.Optional;

/** Removes a column's default. */
public record DropDefault(String table, String column) implements Operation {

    public DropDefault {
        table = Identifiers.foldQualified(table, "table");
        column = Identifiers.fold(column, "column");
    }

    @Override
    public Schema applyTo(Schema schema) {
        return ColumnChanges.change(schema, table, column, c -> {
            if (!c.hasDefault()) {
                throw new SchemaMisfitException("column " + table + "." + column + " has no default");
            }
            return c.withDefault(null);
        });
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new SetDefault(table, column, ColumnChanges.columnIn(before, table, column).defaultValue()));
    }

    @Override
    public String describe() {
        return "dropDefault " + table + "." + column;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
