package dev.retort.operation;

import dev.retort.schema.Column;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import java.util.List;
import java.util.Optional;

/** Stops the database from filling a column; its values stay. */
public record DropIdentity(String table, String column) implements Operation {

    public DropIdentity {
        table = Identifiers.foldQualified(table, "table");
        column = Identifiers.fold(column, "column");
    }

    @Override
    public Schema applyTo(Schema schema) {
        return ColumnChanges.change(schema, table, column, c -> {
            if (c.identity() == false) {
                throw new SchemaMisfitException("column " + table + "." + column + " is not an identity column");
            }
            return new Column(c.name(), c.type(), c.nullable(), c.defaultValue(), false);
        });
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new SetIdentity(table, column));
    }

    @Override
    public String describe() {
        return "dropIdentity " + table + "." + column;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
