package dev.retort.diff;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs the indexes and constraints of two versions of a table. Names are often generated (by
 * Hibernate, by a migration's author), so two objects of the same shape are the same object whatever
 * their names, unless the other schema needs that name for something else.
 */
final class ConstraintMatching {

    private final List<TableConstraint> unmatchedFrom = new ArrayList<>();
    private final List<TableConstraint> unmatchedTo = new ArrayList<>();
    private final List<Map.Entry<TableConstraint, TableConstraint>> matched = new ArrayList<>();

    private ConstraintMatching() {}

    /** Matches every table present in both schemas. */
    static ConstraintMatching between(Schema from, Schema to) {
        Set<String> exactlyMatched = new HashSet<>();
        Set<String> namesWanted = new HashSet<>();
        for (Table target : to.tables().values()) {
            Table source = from.tables().get(target.name());
            for (TableConstraint wanted : target.constraints().values()) {
                TableConstraint same = source == null ? null : source.constraints().get(wanted.name());
                if (same != null && same.equals(wanted)) {
                    exactlyMatched.add(target.name() + "." + wanted.name());
                } else {
                    namesWanted.add(wanted.name());
                }
            }
        }
        ConstraintMatching matching = new ConstraintMatching();
        for (Table target : to.tables().values()) {
            Table source = from.tables().get(target.name());
            if (source != null) {
                matching.match(source, target, exactlyMatched, namesWanted);
            }
        }
        matching.releaseForeignKeysOnChangedKeys(from, to);
        return matching;
    }

    /**
     * A foreign key can stay only while the key it references stays: a primary key or unique key that
     * the diff drops (to change it, or to recreate it under a name the other schema needs) takes the
     * foreign keys that rely on it along, and they are created again once the new key is there.
     */
    private void releaseForeignKeysOnChangedKeys(Schema from, Schema to) {
        for (Map.Entry<TableConstraint, TableConstraint> pair : List.copyOf(matched)) {
            if (pair.getKey() instanceof ForeignKey fk
                    && !keyStays(from.tables().get(fk.referencedTable()), to.tables().get(fk.referencedTable()),
                            fk.referencedColumns())) {
                matched.remove(pair);
                unmatchedFrom.add(pair.getKey());
                unmatchedTo.add(pair.getValue());
            }
        }
    }

    private boolean keyStays(Table source, Table target, List<String> columns) {
        PrimaryKey key = source.primaryKey();
        if (key != null && key.equals(target.primaryKey()) && key.columns().equals(columns)) {
            return true;
        }
        return source.constraints().values().stream().anyMatch(c -> c.columns().equals(columns)
                && (c instanceof UniqueConstraint || (c instanceof Index index && index.unique()))
                && !unmatchedFrom.contains(c));
    }

    private void match(Table source, Table target, Set<String> exactlyMatched, Set<String> namesWanted) {
        List<TableConstraint> candidates = new ArrayList<>();
        for (TableConstraint existing : source.constraints().values()) {
            if (!exactlyMatched.contains(source.name() + "." + existing.name())) {
                candidates.add(existing);
            }
        }
        for (TableConstraint wanted : target.constraints().values()) {
            if (exactlyMatched.contains(target.name() + "." + wanted.name())) {
                matched.add(Map.entry(source.constraints().get(wanted.name()), wanted));
                continue;
            }
            TableConstraint partner = candidates.stream()
                    .filter(c -> c.sameShape(wanted) && !namesWanted.contains(c.name()))
                    .findFirst().orElse(null);
            if (partner == null) {
                unmatchedTo.add(wanted);
            } else {
                candidates.remove(partner);
                matched.add(Map.entry(partner, wanted));
            }
        }
        unmatchedFrom.addAll(candidates);
    }

    /** Objects of the first schema's surviving tables that the second does not have. */
    List<TableConstraint> toDrop() {
        return unmatchedFrom;
    }

    /** Objects of the second schema's surviving tables that the first does not have. */
    List<TableConstraint> toCreate() {
        return unmatchedTo;
    }

    /** The surviving table an object belongs to. */
    static String owner(Schema schema, TableConstraint constraint) {
        return schema.tables().values().stream()
                .filter(t -> t.constraints().get(constraint.name()) == constraint)
                .map(Table::name).findFirst().orElseThrow();
    }
}
