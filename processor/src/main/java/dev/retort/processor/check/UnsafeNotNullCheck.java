package dev.retort.processor.check;

import dev.retort.operation.AddColumn;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.replay.ReplayedMigration;
import dev.retort.processor.replay.Step;
import java.util.Set;

/**
 * A NOT NULL column without default (nor identity) added to a table that existed before this
 * migration: its rows would have no value for it. Rule 5 of the workflow.
 */
public final class UnsafeNotNullCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.UNSAFE_NOT_NULL);
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
            if (step.located().operation() instanceof AddColumn add && !add.column().nullable()
                    && !add.column().hasDefault() && !add.column().identity() && novelty.existed(i, add.table())) {
                context.reporter().report(Check.UNSAFE_NOT_NULL,
                        context.at(step),
                        ProcessorErrors.unsafeNotNull(add));
            }
        }
    }
}
