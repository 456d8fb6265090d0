package dev.retort.processor.check;

import dev.retort.operation.AddPrimaryKey;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateUniqueConstraint;
import dev.retort.operation.DropIndex;
import dev.retort.operation.Operation;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.schema.Identifiers;
import dev.retort.sql.Database;
import java.util.Set;

/**
 * An index built or dropped on a table that existed before this migration, blocking it meanwhile: a
 * plain {@code createIndex} (use {@code createIndexOnline}: CONCURRENTLY on PostgreSQL, LOCK=NONE on
 * MariaDB and MySQL); on PostgreSQL, a unique constraint or primary key, whose index builds under the
 * table's lock (build a unique index online, then attach it), and a plain {@code dropIndex} (use
 * {@code dropIndexOnline}). MariaDB builds a unique constraint's index in place and drops one at once.
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
        boolean postgres = context.options().targets(Database.POSTGRESQL);
        boolean online = postgres || context.options().targets(Database.MARIADB);
        for (ExistingTableStep<Operation> found : context.onExistingTables(Operation.class)) {
            Operation operation = found.operation();
            String message = null;
            if (operation instanceof CreateIndex create && !create.online() && online) {
                message = ProcessorErrors.blockingIndex(create);
            } else if (operation instanceof CreateUniqueConstraint create && postgres) {
                message = ProcessorErrors.blockingUniqueConstraint(create.describe(), create.table(),
                        create.constraint().name(), create.constraint().columns(), false);
            } else if (operation instanceof AddPrimaryKey add && postgres) {
                message = ProcessorErrors.blockingUniqueConstraint(add.describe(), add.table(),
                        Identifiers.namePart(add.table()) + "_pkey", add.key().columns(), true);
            } else if (operation instanceof DropIndex drop && !drop.online() && postgres) {
                message = ProcessorErrors.blockingDropIndex(drop);
            }
            if (message != null) {
                context.reporter().report(Check.BLOCKING_INDEX, context.at(found.step()), message);
            }
        }
    }
}
