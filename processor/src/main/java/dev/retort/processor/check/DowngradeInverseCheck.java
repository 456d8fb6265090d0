package dev.retort.processor.check;

import dev.retort.diff.SchemaDifferences;
import dev.retort.operation.Inverses;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.migration.LocatedOperation;
import dev.retort.processor.replay.ReplayedMigration;
import java.util.List;
import java.util.Set;

/** Upgrade then downgrade must give back the schema before, exactly (names included). */
public final class DowngradeInverseCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.DOWNGRADE_NOT_INVERSE);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        ReplayedMigration replayed = context.replayed();
        if (replayed.afterDowngrade() == null || replayed.afterDowngrade().equals(replayed.before())) {
            return;
        }
        List<String> differences = SchemaDifferences.between(replayed.before(), replayed.afterDowngrade()).stream()
                .map(d -> d.replaceFirst("^missing: ", "not restored: ").replaceFirst("^unexpected: ", "left behind: "))
                .toList();
        var inverse = Inverses.of(replayed.before(), replayed.source().upgrade().operations().stream()
                .map(LocatedOperation::operation).toList());
        context.reporter().report(Check.DOWNGRADE_NOT_INVERSE, Location.of(replayed.source().downgrade().method()),
                ProcessorErrors.downgradeNotInverse(replayed.source().name(), differences, inverse));
    }
}
