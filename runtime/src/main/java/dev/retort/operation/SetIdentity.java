package dev.retort.operation;

import dev.retort.schema.Column;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import java.util.List;
import java.util.Optional;

/** Makes a column an identity column, filled by the database when an insert leaves it out. */
public record SetIdentity(String table, String column) implements Operation {

    public SetIdentity {
        table = Identifiers.foldQualified(table, "table");
        column = Identifiers.fold(column, "column");
    }

    @Override
    public Schema applyTo(Schema schema) {
        return ColumnChanges.change(schema, table, column, c -> {
            if (c.identity() == true) {
                throw new SchemaMisfitException("column " + table + "." + column + " is already an identity column");
            }
            if (c.nullable()) {
                throw new SchemaMisfitException("column " + table + "." + column
                        + " must be NOT NULL before it becomes an identity column");
            }
            if (c.hasDefault()) {
                throw new SchemaMisfitException("column " + table + "." + column
                        + " has a default: drop it before the column becomes an identity column");
            }
            return new Column(c.name(), c.type(), c.nullable(), c.defaultValue(), true);
        });
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new DropIdentity(table, column));
    }

    @Override
    public String describe() {
        return "setIdentity " + table + "." + column;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
