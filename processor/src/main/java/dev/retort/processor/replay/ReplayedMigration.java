package dev.retort.processor.replay;

import dev.retort.processor.migration.MigrationSource;
import dev.retort.schema.Schema;
import java.util.List;

/**
 * A migration and the schemas around it.
 *
 * @param before the schema its upgrade starts from
 * @param after the schema after its upgrade; null when some operation of the upgrade did not fit or
 *     could not be read
 * @param afterDowngrade the schema after upgrade then downgrade; null when not computed (no
 *     downgrade, an unreadable one, or one that did not fit)
 * @param steps the upgrade's operations that fit, each with the schemas around it; an operation that
 *     did not fit is left out, so the checks still see the rest of the migration
 */
public record ReplayedMigration(MigrationSource source, Schema before, Schema after, Schema afterDowngrade,
                                List<Step> steps) {

    public ReplayedMigration {
        steps = List.copyOf(steps);
    }

    /** The schema after the last operation that fit: {@link #after} when the whole upgrade fit. */
    public Schema end() {
        return steps.isEmpty() ? before : steps.get(steps.size() - 1).after();
    }
}
