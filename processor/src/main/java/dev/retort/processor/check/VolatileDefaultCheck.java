package dev.retort.processor.check;

import dev.retort.operation.AddColumn;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.schema.DefaultValue;
import java.util.Set;

/**
 * A column added to a table that existed before this migration with a value the database computes
 * per row: {@code defaultNow()} (MySQL and MariaDB cannot add it instantly and rebuild the table, and
 * every old row gets the migration's time), or an identity (PostgreSQL fills it row by row,
 * rewriting the table). A constant default is stored once by every supported database, and passes.
 */
public final class VolatileDefaultCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.VOLATILE_DEFAULT);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        for (ExistingTableStep<AddColumn> found : context.onExistingTables(AddColumn.class)) {
            AddColumn add = found.operation();
            String message = add.column().identity() ? ProcessorErrors.identityOnExistingTable(add)
                    : add.column().defaultValue() instanceof DefaultValue.CurrentTimestamp
                    ? ProcessorErrors.volatileDefault(add) : null;
            if (message != null) {
                context.reporter().report(Check.VOLATILE_DEFAULT, context.at(found.step()), message);
            }
        }
    }
}
