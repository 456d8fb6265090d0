package dev.retort.operation;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;

/** Adds and removes the named indexes and constraints of a table. */
final class Constraints {

    private Constraints() {}

    static Schema create(Schema schema, String table, TableConstraint constraint) {
        Table target = schema.requireTable(table);
        Preconditions.nameFree(schema, constraint.name());
        for (String column : constraint.columns()) {
            target.requireColumn(column);
        }
        Table changed = target.withConstraint(constraint);
        Schema after = schema.withTable(changed);
        if (constraint instanceof ForeignKey fk) {
            Preconditions.referenceResolves(after, changed, fk);
        }
        return after;
    }

    static Schema drop(Schema schema, String table, String name, Class<? extends TableConstraint> kind,
                       String kindName) {
        Table target = schema.requireTable(table);
        TableConstraint dropped = Preconditions.constraint(target, name, kind, kindName);
        Schema after = schema.withTable(target.withoutConstraint(dropped.name()));
        if (dropped instanceof UniqueConstraint || (dropped instanceof Index index && index.unique())) {
            Preconditions.notReliedOn(after, target, dropped.columns(), dropped.kind() + " " + dropped.name());
        }
        return after;
    }

    static <T extends TableConstraint> T existing(Schema before, String table, String name, Class<T> kind,
                                                  String kindName) {
        return Preconditions.constraint(before.requireTable(table), name, kind, kindName);
    }
}
