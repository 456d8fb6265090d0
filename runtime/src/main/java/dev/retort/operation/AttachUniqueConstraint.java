package dev.retort.operation;

import dev.retort.schema.Identifiers;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/**
 * Turns a unique index, built online beforehand, into a unique constraint of its columns without
 * building anything: {@code ADD CONSTRAINT name UNIQUE USING INDEX index} on PostgreSQL, where the
 * index takes the constraint's name. H2 and MariaDB drop the index and add the constraint.
 */
public record AttachUniqueConstraint(String table, String name, String index) implements Operation {

    public AttachUniqueConstraint {
        table = Identifiers.foldQualified(table, "table");
        name = Identifiers.fold(name, "unique constraint");
        index = Identifiers.fold(index, "index");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Index attached = uniqueIndex(schema, table, index);
        Schema withConstraint = name.equals(index)
                ? schema.withTable(schema.requireTable(table).withoutConstraint(index))
                : schema;
        withConstraint = Constraints.create(withConstraint, table, new UniqueConstraint(name, attached.columns()));
        Table target = withConstraint.requireTable(table);
        return name.equals(index) ? withConstraint : withConstraint.withTable(target.withoutConstraint(index));
    }

    /** The unique index of this name, which a constraint can be attached to. */
    static Index uniqueIndex(Schema schema, String table, String index) {
        Index found = Constraints.existing(schema, table, index, Index.class, "index");
        if (!found.unique()) {
            throw new SchemaMisfitException("index " + index + " on " + table
                    + " is not unique: build it with createUniqueIndexOnline to attach a constraint to it");
        }
        return found;
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new DropUniqueConstraint(table, name), new CreateIndex(table, uniqueIndex(before, table, index), true));
    }

    @Override
    public String describe() {
        return "createUniqueConstraintUsingIndex " + name + " on " + table + " (" + index + ")";
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
