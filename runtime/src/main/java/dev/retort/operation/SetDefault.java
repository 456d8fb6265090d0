package dev.retort.operation;

import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import java.util.List;
import java.util.Optional;

/** Sets (or replaces) a column's default. */
public record SetDefault(String table, String column, DefaultValue value) implements Operation {

    public SetDefault {
        table = Identifiers.foldQualified(table, "table");
        column = Identifiers.fold(column, "column");
        if (value == null) {
            throw new SchemaMisfitException("setDefault " + table + "." + column + " needs a value: use dropDefault");
        }
    }

    @Override
    public Schema applyTo(Schema schema) {
        return ColumnChanges.change(schema, table, column, c -> {
            if (c.identity()) {
                throw new SchemaMisfitException("column " + table + "." + column
                        + " is an identity column and cannot have a default");
            }
            if (value.equals(c.defaultValue())) {
                throw new SchemaMisfitException("column " + table + "." + column + " already defaults to "
                        + value.sql());
            }
            return c.withDefault(value);
        });
    }

    @Override
    public List<Operation> inverse(Schema before) {
        Column old = ColumnChanges.columnIn(before, table, column);
        return List.of(old.hasDefault() ? new SetDefault(table, column, old.defaultValue())
                : new DropDefault(table, column));
    }

    @Override
    public String describe() {
        return "setDefault " + table + "." + column + " to " + value.sql();
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
