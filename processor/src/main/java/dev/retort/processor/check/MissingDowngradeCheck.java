package dev.retort.processor.check;

import dev.retort.operation.Inverses;
import dev.retort.operation.Operation;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.migration.LocatedOperation;
import dev.retort.processor.migration.MethodBody;
import dev.retort.processor.migration.MigrationSource;
import dev.retort.processor.replay.ReplayedMigration;
import java.util.List;

/** A downgrade that is absent, empty, or only throws: rule 2 of the workflow. */
public final class MissingDowngradeCheck {

    private final Reporter reporter;

    public MissingDowngradeCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    /** {@code replayed} is null when the migration was not replayed; the message then has no hint. */
    public void check(MigrationSource migration, ReplayedMigration replayed) {
        MethodBody downgrade = migration.downgrade();
        if (!downgrade.missing()) {
            return;
        }
        List<Operation> inverse = replayed == null || replayed.after() == null ? null
                : Inverses.of(replayed.before(), migration.upgrade().operations().stream()
                        .map(LocatedOperation::operation).toList());
        Location where = downgrade.method() == null ? Location.of(migration.type(), migration.annotation())
                : Location.of(downgrade.method());
        reporter.report(Check.MISSING_DOWNGRADE, where,
                ProcessorErrors.missingDowngrade(migration.name(), downgrade.shape(), inverse));
    }
}
