package dev.retort.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** Which migrations a target names, from the ones applied: {@code head}, an id, {@code +N}, {@code -N}, {@code base}. */
final class Plan {

    private Plan() {}

    /** The migrations to apply, in graph order; only their classes are loaded. */
    static List<LoadedMigration> upgrade(Migrations migrations, Set<String> applied, String target) {
        List<String> pending = new ArrayList<>();
        for (String id : migrations.order()) {
            if (!applied.contains(id)) {
                pending.add(id);
            }
        }
        if (target.startsWith("+")) {
            int count = count(target);
            if (count > pending.size()) {
                throw new RetortException("upgrade " + target + " asks for " + count + " migrations but only "
                        + pending.size() + " are not applied");
            }
            return loaded(migrations, pending.subList(0, count));
        }
        String id = migrations.resolve(target);
        if (pending.isEmpty()) {
            return List.of();
        }
        Set<String> wanted = migrations.ancestorsOf(id);
        return loaded(migrations, pending.stream().filter(wanted::contains).toList());
    }

    /** The migrations to undo, last applied first; only their classes are loaded. */
    static List<LoadedMigration> downgrade(Migrations migrations, Set<String> applied, String target) {
        List<String> undoable = new ArrayList<>();
        for (String id : migrations.order()) {
            if (applied.contains(id)) {
                undoable.add(id);
            }
        }
        Collections.reverse(undoable);
        return loaded(migrations, undoing(migrations, applied, target, undoable));
    }

    private static List<LoadedMigration> loaded(Migrations migrations, List<String> ids) {
        return ids.stream().map(id -> migrations.get(id).orElseThrow()).toList();
    }

    private static List<String> undoing(Migrations migrations, Set<String> applied, String target,
                                        List<String> undoable) {
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
        return undoable.stream().filter(m -> !kept.contains(m)).toList();
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
