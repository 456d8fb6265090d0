package dev.retort.processor.check;

import dev.retort.operation.SetNotNull;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.sql.Database;
import java.util.Set;

/**
 * NOT NULL set plainly on a column of an existing table: PostgreSQL scans the table under its
 * strongest lock. {@code setNotNullSafely} proves it from a check validated without blocking.
 */
public final class SafeSetNotNullCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.BLOCKING_SET_NOT_NULL);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        if (!context.options().targets(Database.POSTGRESQL)) {
            return;
        }
        for (ExistingTableStep<SetNotNull> found : context.onExistingTables(SetNotNull.class)) {
            if (!found.operation().safely()) {
                context.reporter().report(Check.BLOCKING_SET_NOT_NULL, context.at(found.step()),
                        ProcessorErrors.blockingSetNotNull(found.operation()));
            }
        }
    }
}
