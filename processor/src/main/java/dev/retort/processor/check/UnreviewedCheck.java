package dev.retort.processor.check;

import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.migration.MigrationSource;
import java.util.Set;

/** A generated skeleton that still carries its {@code @Unreviewed} mark: rule 1 of the workflow. */
public final class UnreviewedCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.UNREVIEWED);
    }

    @Override
    public boolean needsReplay() {
        return false;
    }

    @Override
    public void check(MigrationContext context) {
        MigrationSource migration = context.migration();
        if (migration.unreviewedMark() != null) {
            context.reporter().report(Check.UNREVIEWED, Location.of(migration.type(), migration.unreviewedMark()),
                    ProcessorErrors.unreviewed(migration.name()));
        }
    }
}
