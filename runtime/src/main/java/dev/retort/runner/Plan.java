package dev.retort.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** Which migrations a target names, from the ones applied: {@code head}, an id, {@code +N}, {@code -N}, {@code base}. */
final class Plan {

    private Plan() {}

    /** The migrations to apply, in graph order. */
    static List<LoadedMigration> upgrade(Migrations migrations, Set<String> applied, String target) {
        List<LoadedMigration> pending = new ArrayList<>();
        for (LoadedMigration migration : migrations.inOrder()) {
            if (!applied.contains(migration.id())) {
                pending.add(migration);
            }
        }
        if (target.startsWith("+")) {
            int count = count(target);
            if (count > pending.size()) {
                throw new RetortException("upgrade " + target + " asks for " + count + " migrations but only "
                        + pending.size() + " are not applied");
            }
            return pending.subList(0, count);
        }
        Set<String> wanted = migrations.ancestorsOf(migrations.resolve(target));
        return pending.stream().filter(m -> wanted.contains(m.id())).toList();
    }

    /** The migrations to undo, last applied first. */
    static List<LoadedMigration> downgrade(Migrations migrations, Set<String> applied, String target) {
        List<LoadedMigration> undoable = new ArrayList<>();
        for (LoadedMigration migration : migrations.inOrder()) {
            if (applied.contains(migration.id())) {
                undoable.add(migration);
            }
        }
        Collections.reverse(undoable);
        if (target.equals("base")) {
            return undoable;
        }
        if (target.startsWith("-")) {
            int count = count(target);
            if (count > undoable.size()) {
                throw new RetortException("downgrade " + target + " asks for " + count + " migrations but only "
                        + undoable.size() + " are applied");
            }
            return undoable.subList(0, count);
        }
        String id = migrations.resolve(target);
        if (!applied.contains(id)) {
            throw new RetortException("migration " + id + " is not applied: there is nothing to downgrade to");
        }
        Set<String> kept = migrations.ancestorsOf(id);
        return undoable.stream().filter(m -> !kept.contains(m.id())).toList();
    }

    private static int count(String relative) {
        try {
            int count = Integer.parseInt(relative.substring(1));
            if (count < 1) {
                throw new NumberFormatException();
            }
            return count;
        } catch (NumberFormatException e) {
            throw new RetortException(relative + " is not a relative target: write +N or -N with N at least 1");
        }
    }
}
