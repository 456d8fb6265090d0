package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which table holds each index or constraint name, kept by a schema and changed with it: asking it
 * costs a lookup where a scan of every table made a replay that creates tables with indexes
 * quadratic. A name is normally on one table; a schema read from MariaDB, whose index names are per
 * table, may have it on several.
 */
final class ConstraintOwners {

    static final ConstraintOwners NONE = new ConstraintOwners(HashedNames.empty());

    /** Constraint name: the names of the tables that have it (one, but for a schema read as above). */
    private final HashedNames<List<String>> owners;

    private ConstraintOwners(HashedNames<List<String>> owners) {
        this.owners = owners;
    }

    static ConstraintOwners of(Map<String, Table> tables) {
        ConstraintOwners all = NONE;
        for (Map.Entry<String, Table> entry : tables.entrySet()) {
            all = all.replaced(entry.getKey(), null, entry.getValue());
        }
        return all;
    }

    /** The names of the tables that have an index or constraint of this (folded) name. */
    List<String> owners(String constraintName) {
        List<String> found = owners.get(constraintName);
        return found == null ? List.of() : found;
    }

    /**
     * The owners after the table of this name changed from {@code old} to {@code now}; either may be
     * null, for a table added or dropped. Only the names one has and the other lacks are visited.
     */
    ConstraintOwners replaced(String table, Table old, Table now) {
        Map<String, TableConstraint> before = old == null ? Map.of() : old.constraints();
        Map<String, TableConstraint> after = now == null ? Map.of() : now.constraints();
        if (before == after) {
            return this; // the table's constraints are the ones it had (a column added, say)
        }
        HashedNames<List<String>> changed = owners;
        for (String name : before.keySet()) {
            if (!after.containsKey(name)) {
                changed = withoutOwner(changed, name, table);
            }
        }
        for (String name : after.keySet()) {
            if (!before.containsKey(name)) {
                changed = withOwner(changed, name, table);
            }
        }
        return changed == owners ? this : new ConstraintOwners(changed);
    }

    private static HashedNames<List<String>> withOwner(HashedNames<List<String>> owners, String name, String table) {
        List<String> had = owners.get(name);
        if (had == null) {
            return owners.with(name, List.of(table));
        }
        if (had.contains(table)) {
            return owners;
        }
        List<String> more = new ArrayList<>(had);
        more.add(table);
        return owners.with(name, List.copyOf(more));
    }

    private static HashedNames<List<String>> withoutOwner(HashedNames<List<String>> owners, String name,
                                                          String table) {
        List<String> had = owners.get(name);
        if (had == null || !had.contains(table)) {
            return owners;
        }
        if (had.size() == 1) {
            return owners.without(name);
        }
        List<String> fewer = new ArrayList<>(had);
        fewer.remove(table);
        return owners.with(name, List.copyOf(fewer));
    }
}
