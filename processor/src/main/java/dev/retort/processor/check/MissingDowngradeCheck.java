package dev.retort.processor.check;

import dev.retort.operation.Inverses;
import dev.retort.operation.Operation;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.migration.LocatedOperation;
import dev.retort.processor.migration.MethodBody;
import dev.retort.processor.migration.MigrationSource;
import dev.retort.processor.replay.ReplayedMigration;
import java.util.List;
import java.util.Set;

/**
 * A downgrade that is absent, empty, or only throws: rule 2 of the workflow. A merge of several heads
 * whose upgrade is empty changes nothing, and needs no downgrade.
 */
public final class MissingDowngradeCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.MISSING_DOWNGRADE);
    }

    @Override
    public boolean needsReplay() {
        return false;
    }

    /** {@code replayed} is null when the migration was not replayed; the message then has no hint. */
    @Override
    public void check(MigrationContext context) {
        MigrationSource migration = context.migration();
        ReplayedMigration replayed = context.replayed();
        MethodBody downgrade = migration.downgrade();
        boolean emptyUpgrade = migration.upgrade().shape() == MethodBody.Shape.EMPTY;
        if (!downgrade.missing() || emptyUpgrade && migration.revises().size() > 1) {
            return;
        }
        if (emptyUpgrade && downgrade.shape() == MethodBody.Shape.EMPTY) {
            context.reporter().report(Check.MISSING_DOWNGRADE, Location.of(migration.type(), migration.annotation()),
                    ProcessorErrors.emptyMigration(migration.name()));
            return;
        }
        List<Operation> inverse = replayed == null || replayed.after() == null ? null
                : Inverses.of(replayed.before(), migration.upgrade().operations().stream()
                        .map(LocatedOperation::operation).toList());
        Location where = downgrade.method() == null ? Location.of(migration.type(), migration.annotation())
                : Location.of(downgrade.method());
        String message = switch (downgrade.shape()) {
            case ABSENT -> ProcessorErrors.noDowngrade(migration.name(), inverse);
            case EMPTY -> ProcessorErrors.emptyDowngrade(migration.name(), inverse);
            default -> ProcessorErrors.throwingDowngrade(migration.name(), inverse);
        };
        context.reporter().report(Check.MISSING_DOWNGRADE, where, message);
    }
}
