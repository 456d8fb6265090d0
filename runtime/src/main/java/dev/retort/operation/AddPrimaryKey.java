package dev.retort.operation;

import dev.retort.schema.Identifiers;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;

/** Gives a table a primary key over NOT NULL columns. */
public record AddPrimaryKey(String table, PrimaryKey key) implements Operation {

    public AddPrimaryKey {
        table = Identifiers.foldQualified(table, "table");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table target = schema.requireTable(table);
        if (target.primaryKey() != null) {
            throw new SchemaMisfitException("table " + table + " already has a " + target.primaryKey());
        }
        return schema.withTable(target.withPrimaryKey(key));
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new DropPrimaryKey(table));
    }

    @Override
    public String describe() {
        return "addPrimaryKey " + table + " (" + String.join(", ", key.columns()) + ")";
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
