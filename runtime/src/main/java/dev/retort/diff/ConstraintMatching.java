package dev.retort.diff;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs the indexes and constraints of two versions of a table. Names are often generated (by
 * Hibernate, by a migration's author), so two objects of the same shape are the same object whatever
 * their names, unless the other schema needs that name for something else.
 */
final class ConstraintMatching {

    private final List<TableConstraint> unmatchedFrom = new ArrayList<>();
    private final List<TableConstraint> unmatchedTo = new ArrayList<>();

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
        return matching;
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
                continue;
            }
            TableConstraint partner = candidates.stream()
                    .filter(c -> c.sameShape(wanted) && !namesWanted.contains(c.name()))
                    .findFirst().orElse(null);
            if (partner == null) {
                unmatchedTo.add(wanted);
            } else {
                candidates.remove(partner);
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
