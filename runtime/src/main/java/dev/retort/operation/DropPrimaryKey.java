package dev.retort.operation;

import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;

/** Removes a table's primary key; its columns stay, NOT NULL. */
public record DropPrimaryKey(String table) implements Operation {

    public DropPrimaryKey {
        table = Identifiers.foldQualified(table, "table");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table target = schema.requireTable(table);
        if (target.primaryKey() == null) {
            throw new SchemaMisfitException("table " + table + " has no primary key");
        }
        Schema after = schema.withTable(target.withPrimaryKey(null));
        Preconditions.notReliedOn(after, target, target.primaryKey().columns(), "the primary key of " + table);
        return after;
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new AddPrimaryKey(table, before.requireTable(table).primaryKey()));
    }

    @Override
    public String describe() {
        return "dropPrimaryKey " + table;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
