package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which tables have a foreign key to each table, kept by a schema and changed with it, so that a
 * dropped or renamed table or column looks only at the tables that reference it, not at every
 * constraint of every table.
 */
final class ForeignKeyReferrers {

    static final ForeignKeyReferrers NONE = new ForeignKeyReferrers(HashedNames.empty());

    /** Referenced table name: the set of the names of the tables with a foreign key to it. */
    private final HashedNames<HashedNames<Boolean>> referrers;

    private ForeignKeyReferrers(HashedNames<HashedNames<Boolean>> referrers) {
        this.referrers = referrers;
    }

    static ForeignKeyReferrers of(Map<String, Table> tables) {
        ForeignKeyReferrers all = NONE;
        for (Map.Entry<String, Table> entry : tables.entrySet()) {
            all = all.replaced(entry.getKey(), null, entry.getValue());
        }
        return all;
    }

    /**
     * The names of the tables with a foreign key to this (folded) table name, in no particular order;
     * a list of the caller's own when there are several.
     */
    List<String> referrers(String referencedTable) {
        HashedNames<Boolean> found = referrers.get(referencedTable);
        if (found == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        found.forEachName(names::add);
        return names;
    }

    /**
     * The referrers after the table of this name changed from {@code old} to {@code now}; either may
     * be null, for a table added or dropped.
     */
    ForeignKeyReferrers replaced(String table, Table old, Table now) {
        if (old != null && now != null && old.constraints() == now.constraints()) {
            return this;
        }
        List<String> before = referencedBy(old);
        List<String> after = referencedBy(now);
        HashedNames<HashedNames<Boolean>> changed = referrers;
        for (String referenced : before) {
            if (!after.contains(referenced)) {
                HashedNames<Boolean> had = changed.get(referenced);
                HashedNames<Boolean> fewer = had == null ? HashedNames.empty() : had.without(table);
                changed = fewer.isEmpty() ? changed.without(referenced) : changed.with(referenced, fewer);
            }
        }
        for (String referenced : after) {
            if (!before.contains(referenced)) {
                HashedNames<Boolean> had = changed.get(referenced);
                changed = changed.with(referenced, (had == null ? HashedNames.<Boolean>empty() : had)
                        .with(table, Boolean.TRUE));
            }
        }
        return changed == referrers ? this : new ForeignKeyReferrers(changed);
    }

    /** The tables the table's foreign keys reference, each once; none for no table. */
    private static List<String> referencedBy(Table table) {
        if (table == null) {
            return List.of();
        }
        List<String> referenced = List.of();
        NameArray<TableConstraint> constraints = table.constraintArray();
        for (int i = 0; i < constraints.size(); i++) {
            if (constraints.valueAt(i) instanceof ForeignKey fk && !referenced.contains(fk.referencedTable())) {
                if (referenced.isEmpty()) {
                    referenced = new ArrayList<>(1);
                }
                referenced.add(fk.referencedTable());
            }
        }
        return referenced;
    }
}
