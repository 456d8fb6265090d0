package dev.retort.operation;

import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;

/** Makes a column nullable. */
public record DropNotNull(String table, String column) implements Operation {

    public DropNotNull {
        table = Identifiers.foldQualified(table, "table");
        column = Identifiers.fold(column, "column");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table target = schema.requireTable(table);
        if (target.primaryKey() != null && target.primaryKey().columns().contains(column)) {
            throw new SchemaMisfitException("column " + table + "." + column
                    + " is part of the primary key and cannot be nullable");
        }
        return ColumnChanges.change(schema, table, column, c -> {
            if (c.nullable()) {
                throw new SchemaMisfitException("column " + table + "." + column + " is already nullable");
            }
            if (c.identity()) {
                throw new SchemaMisfitException("column " + table + "." + column
                        + " is an identity column and cannot be nullable: drop the identity first");
            }
            return c.withNullable(true);
        });
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new SetNotNull(table, column));
    }

    @Override
    public String describe() {
        return "dropNotNull " + table + "." + column;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
