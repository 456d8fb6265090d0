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
import java.util.Set;

/**
 * An index built on a table that existed before this migration, blocking writes to it while it builds:
 * a plain {@code createIndex} (use {@code createIndexOnline}: CONCURRENTLY on PostgreSQL, LOCK=NONE on
 * MariaDB and MySQL), or a unique constraint, which cannot be added online, in a migration that also
 * does other things (on PostgreSQL its transaction keeps the lock to the end). A migration made only of
 * unique constraints and indexes is the remedy for the latter, to run at a quiet time.
 */
public final class BlockingIndexCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.BLOCKING_INDEX);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        ReplayedMigration replayed = context.replayed();
        Novelty novelty = context.novelty();
        boolean onlyIndexes = replayed.source().upgrade().operations().stream()
                .allMatch(l -> l.operation() instanceof CreateIndex || l.operation() instanceof CreateUniqueConstraint);
        for (int i = 0; i < replayed.steps().size(); i++) {
            Step step = replayed.steps().get(i);
            Operation operation = step.located().operation();
            String table = operation.tableName().orElse(null);
            if (table == null || !novelty.existed(i, table)) {
                continue;
            }
            String message = null;
            if (operation instanceof CreateIndex create && !create.online()) {
                message = ProcessorErrors.blockingIndex(create);
            } else if (operation instanceof CreateUniqueConstraint create && !onlyIndexes) {
                message = ProcessorErrors.blockingUniqueConstraint(create);
            }
            if (message != null) {
                context.reporter().report(Check.BLOCKING_INDEX,
                        context.at(step), message);
            }
        }
    }
}
