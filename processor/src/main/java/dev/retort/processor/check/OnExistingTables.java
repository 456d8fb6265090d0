package dev.retort.processor.check;

import dev.retort.processor.replay.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The upgrade steps on a table an earlier migration created: the tables that hold rows when this
 * migration runs, where a lock or a scan is felt. A table made in the same migration is empty.
 */
final class OnExistingTables {

    private OnExistingTables() {}

    static List<Step> steps(MigrationContext context) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < context.replayed().steps().size(); i++) {
            Step step = context.replayed().steps().get(i);
            String table = step.located().operation().tableName().orElse(null);
            if (table != null && context.novelty().existed(i, table)) {
                steps.add(step);
            }
        }
        return steps;
    }
}
