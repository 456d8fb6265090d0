package dev.retort.operation;

import dev.retort.schema.Identifiers;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Optional;

/**
 * Makes a unique index, built online beforehand over NOT NULL columns, the table's primary key
 * without building anything: {@code ADD CONSTRAINT <table>_pkey PRIMARY KEY USING INDEX index} on
 * PostgreSQL. H2 and MariaDB drop the index and add the key.
 */
public record AttachPrimaryKey(String table, String index) implements Operation {

    public AttachPrimaryKey {
        table = Identifiers.foldQualified(table, "table");
        index = Identifiers.fold(index, "index");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Index attached = AttachUniqueConstraint.uniqueIndex(schema, table, index);
        Schema keyed = new AddPrimaryKey(table, new PrimaryKey(attached.columns())).applyTo(schema);
        return keyed.withTable(keyed.requireTable(table).withoutConstraint(index));
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new DropPrimaryKey(table),
                new CreateIndex(table, AttachUniqueConstraint.uniqueIndex(before, table, index), true));
    }

    @Override
    public String describe() {
        return "addPrimaryKeyUsingIndex " + table + " (" + index + ")";
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
