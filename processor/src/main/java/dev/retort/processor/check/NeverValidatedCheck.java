package dev.retort.processor.check;

import dev.retort.operation.CreateCheck;
import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameTable;
import dev.retort.operation.ValidateConstraint;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.replay.ReplayedMigration;
import dev.retort.processor.replay.Step;
import dev.retort.sql.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A foreign key or check added not valid to an existing table, that no migration up to the head
 * validates and that is still there at the head: PostgreSQL checks only the rows written after it, so the rows it held may
 * break it, and its planner does not rely on a constraint until it is validated.
 */
public final class NeverValidatedCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.NEVER_VALIDATED);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        // Without the head, the later migrations are not all known: a validation may be among the rest.
        if (!context.options().targets(Database.POSTGRESQL) || context.head() == null) {
            return;
        }
        for (ExistingTableStep<Operation> found : context.onExistingTables(Operation.class)) {
            if (found.operation() instanceof CreateForeignKey fk && fk.notValid()) {
                checkValidated(context, found.index(), fk.describe(), fk.table(), fk.foreignKey().name());
            } else if (found.operation() instanceof CreateCheck check && check.notValid()) {
                checkValidated(context, found.index(), check.describe(), check.table(), check.check().name());
            }
        }
    }

    private static void checkValidated(MigrationContext context, int created, String described, String table,
                                       String name) {
        String atHead = validatedOrAtHead(context, created, table, name);
        if (atHead == null) {
            return;
        }
        boolean stillThere = context.head().table(atHead).map(t -> t.constraints().containsKey(name)).orElse(false);
        if (stillThere) {
            context.reporter().report(Check.NEVER_VALIDATED, context.at(context.replayed().steps().get(created)),
                    ProcessorErrors.neverValidated(described, table, name, atHead));
        }
    }

    /**
     * The table's name at the head, following renames through the steps after {@code created} (this
     * migration's, then the later migrations'); null when one of those steps validates the constraint.
     */
    private static String validatedOrAtHead(MigrationContext context, int created, String table, String name) {
        String current = table;
        List<Step> own = context.replayed().steps();
        List<List<Step>> runs = new ArrayList<>();
        runs.add(own.subList(created + 1, own.size()));
        for (ReplayedMigration later : context.later()) {
            runs.add(later.steps());
        }
        for (List<Step> run : runs) {
            for (Step step : run) {
                Operation operation = step.located().operation();
                if (operation instanceof ValidateConstraint validate && validate.table().equals(current)
                        && validate.name().equals(name)) {
                    return null;
                }
                if (operation instanceof RenameTable rename && rename.from().equals(current)) {
                    current = rename.to();
                }
            }
        }
        return current;
    }
}
