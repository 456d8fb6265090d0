package dev.retort.operation;

import dev.retort.schema.Column;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.SqlType;
import java.util.List;
import java.util.Optional;

/** Changes a column's type; the replay knows the type before, so a migration never repeats it. */
public record AlterColumnType(String table, String column, SqlType type) implements Operation {

    public AlterColumnType {
        table = Identifiers.foldQualified(table, "table");
        column = Identifiers.fold(column, "column");
        if (type == null) {
            throw new SchemaMisfitException("alterColumnType " + table + "." + column + " needs a type");
        }
    }

    @Override
    public Schema applyTo(Schema schema) {
        return ColumnChanges.change(schema, table, column, (Column c) -> {
            if (c.type().equals(type)) {
                throw new SchemaMisfitException("column " + table + "." + column + " already has type " + type);
            }
            return c.withType(type);
        });
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new AlterColumnType(table, column, ColumnChanges.columnIn(before, table, column).type()));
    }

    @Override
    public String describe() {
        return "alterColumnType " + table + "." + column + " to " + type;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
