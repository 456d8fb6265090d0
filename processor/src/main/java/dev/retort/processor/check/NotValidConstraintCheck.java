package dev.retort.processor.check;

import dev.retort.operation.CreateCheck;
import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.Operation;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.sql.Database;
import java.util.Set;

/**
 * A foreign key or check added to an existing table the usual way: PostgreSQL checks every row while
 * it holds a lock that blocks writes (to both tables, for a foreign key). Added not valid, the lock is
 * held for a moment, and {@code validateConstraint} checks the rows without blocking them.
 */
public final class NotValidConstraintCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.CONSTRAINT_NOT_VALID);
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
        for (ExistingTableStep<Operation> found : context.onExistingTables(Operation.class)) {
            String message = null;
            if (found.operation() instanceof CreateForeignKey fk && !fk.notValid()) {
                message = ProcessorErrors.constraintNotValid(fk.describe(), "foreign key", fk.table(),
                        fk.foreignKey().name(), "createForeignKeyNotValid");
            } else if (found.operation() instanceof CreateCheck check && !check.notValid()) {
                message = ProcessorErrors.constraintNotValid(check.describe(), "check", check.table(),
                        check.check().name(), "createCheckNotValid");
            }
            if (message != null) {
                context.reporter().report(Check.CONSTRAINT_NOT_VALID, context.at(found.step()), message);
            }
        }
    }
}
