package dev.retort.operation;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Drops a column. Refused while the column is part of the primary key, of an index or constraint, or
 * referenced by a foreign key: databases disagree on what happens to those, so the migration says it.
 */
public record DropColumn(String table, String column) implements Operation {

    public DropColumn {
        table = Identifiers.foldQualified(table, "table");
        column = Identifiers.fold(column, "column");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table target = schema.requireTable(table);
        target.requireColumn(column);
        // A referenced column is always in a key too; the reference is what must go first.
        List<Map.Entry<Table, ForeignKey>> references = schema.foreignKeysTo(table, column);
        if (!references.isEmpty()) {
            Map.Entry<Table, ForeignKey> reference = references.get(0);
            throw new SchemaMisfitException("column " + table + "." + column + " is referenced by foreign key "
                    + reference.getValue().name() + " on table " + reference.getKey().name()
                    + ": drop that foreign key first");
        }
        if (target.primaryKey() != null && target.primaryKey().columns().contains(column)) {
            throw new SchemaMisfitException("column " + table + "." + column
                    + " is part of the primary key: drop the primary key first");
        }
        for (TableConstraint constraint : target.constraints().values()) {
            if (constraint.columns().contains(column)) {
                throw new SchemaMisfitException("column " + table + "." + column + " is used by "
                        + constraint.kind() + " " + constraint.name() + ": drop it first");
            }
        }
        target.checks().filter(check -> check.mentions(column)).findFirst().ifPresent(check -> {
            throw new SchemaMisfitException("column " + table + "." + column + " is used by check "
                    + check.name() + ": drop it first");
        });
        if (target.columns().size() == 1) {
            throw new SchemaMisfitException("column " + table + "." + column
                    + " is the table's only column: drop the table instead");
        }
        return schema.withTable(target.withoutColumn(column));
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new AddColumn(table, before.requireTable(table).requireColumn(column)));
    }

    @Override
    public String describe() {
        return "dropColumn " + table + "." + column;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
