package dev.retort.processor.check;

import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateUniqueConstraint;
import dev.retort.operation.Operation;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.replay.ReplayedMigration;
import dev.retort.processor.replay.Step;

/**
 * An index (or unique constraint, which builds one) created on a table that existed before this
 * migration, in a migration that also does other things. On PostgreSQL a plain CREATE INDEX blocks
 * writes to the table while it builds, and the migration's transaction keeps the lock until its
 * last step; Retort's DSL has no CONCURRENTLY option yet. So the one remedy Retort can check is the
 * one it asks for: a migration that only builds indexes, to run at a quiet time. Such a migration
 * is not reported.
 */
public final class BlockingIndexCheck {

    private final Reporter reporter;

    public BlockingIndexCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    public void check(ReplayedMigration replayed, Novelty novelty) {
        if (replayed.source().upgrade().operations().stream().allMatch(l -> buildsIndex(l.operation()))) {
            return;
        }
        for (int i = 0; i < replayed.steps().size(); i++) {
            Step step = replayed.steps().get(i);
            Operation operation = step.located().operation();
            String table = operation.tableName().orElse(null);
            if (buildsIndex(operation) && novelty.existed(i, table)) {
                reporter.report(Check.BLOCKING_INDEX,
                        Location.of(step.located().call(), replayed.source().upgrade().method()),
                        ProcessorErrors.blockingIndex(operation, table));
            }
        }
    }

    private static boolean buildsIndex(Operation operation) {
        return operation instanceof CreateIndex || operation instanceof CreateUniqueConstraint;
    }
}
