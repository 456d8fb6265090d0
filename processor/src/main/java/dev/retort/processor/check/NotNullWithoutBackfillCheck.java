package dev.retort.processor.check;

import dev.retort.operation.SetNotNull;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.replay.ReplayedMigration;
import dev.retort.processor.replay.Step;
import dev.retort.schema.Column;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code setNotNull} on a column of a table that existed before this migration, with no data step
 * before it in the upgrade (an execute naming the column, or a Java step). A column this migration
 * added with a default is already filled, and needs none.
 */
public final class NotNullWithoutBackfillCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.NOT_NULL_WITHOUT_BACKFILL);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        ReplayedMigration replayed = context.replayed();
        Novelty novelty = context.novelty();
        for (int i = 0; i < replayed.steps().size(); i++) {
            Step step = replayed.steps().get(i);
            if (!(step.located().operation() instanceof SetNotNull set) || !novelty.existed(i, set.table())) {
                continue;
            }
            Optional<Column> added = novelty.added(i, set.table(), set.column());
            if (added.map(Column::hasDefault).orElse(false)
                    || DataSteps.before(replayed.steps(), i, List.of(set.column()))) {
                continue;
            }
            context.reporter().report(Check.NOT_NULL_WITHOUT_BACKFILL,
                    context.at(step),
                    ProcessorErrors.notNullWithoutBackfill(set));
        }
    }
}
