package dev.retort.processor.check;

import dev.retort.operation.AddColumn;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.schema.Column;
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
        for (ExistingTableStep<AddColumn> found : context.onExistingTables(AddColumn.class)) {
            Column column = found.operation().column();
            if (!column.nullable() && !column.hasDefault() && !column.identity()) {
                context.reporter().report(Check.UNSAFE_NOT_NULL, context.at(found.step()),
                        ProcessorErrors.unsafeNotNull(found.operation()));
            }
        }
    }
}
