package dev.retort.processor.check;

import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.migration.MigrationSource;

/** A generated skeleton that still carries its {@code @Unreviewed} mark: rule 1 of the workflow. */
public final class UnreviewedCheck {

    private final Reporter reporter;

    public UnreviewedCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    public void check(MigrationSource migration) {
        if (migration.unreviewedMark() != null) {
            reporter.report(Check.UNREVIEWED, Location.of(migration.type(), migration.unreviewedMark()),
                    ProcessorErrors.unreviewed(migration.name()));
        }
    }
}
