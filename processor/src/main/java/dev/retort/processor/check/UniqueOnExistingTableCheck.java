package dev.retort.processor.check;

import dev.retort.operation.AddPrimaryKey;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateUniqueConstraint;
import dev.retort.operation.Operation;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.replay.Step;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A unique index, unique constraint or primary key added to a table that existed before this
 * migration: its rows may already repeat a value, and the migration would fail on deploy. Not when a
 * key column was added by this migration without default (every row holds NULL there, and NULLs do
 * not collide), nor when a data step that may deduplicate comes before it.
 */
public final class UniqueOnExistingTableCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.UNIQUE_ON_EXISTING_TABLE);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        List<Step> steps = context.replayed().steps();
        for (ExistingTableStep<Operation> found : context.onExistingTables(Operation.class)) {
            Operation operation = found.operation();
            Optional<List<String>> key = uniqueKey(operation);
            if (key.isEmpty()) {
                continue;
            }
            String table = operation.tableName().orElseThrow();
            boolean fresh = key.get().stream().anyMatch(c -> context.novelty().added(found.index(), table, c)
                    .map(column -> !column.hasDefault()).orElse(false));
            if (fresh || DataSteps.before(steps, found.index(), key.get(), context.options().sqlSyntax())) {
                continue;
            }
            context.reporter().report(Check.UNIQUE_ON_EXISTING_TABLE, context.at(found.step()),
                    ProcessorErrors.uniqueOnExistingTable(operation, table, key.get()));
        }
    }

    private static Optional<List<String>> uniqueKey(Operation operation) {
        if (operation instanceof CreateIndex op && op.index().unique()) {
            return Optional.of(op.index().columns());
        } else if (operation instanceof CreateUniqueConstraint op) {
            return Optional.of(op.constraint().columns());
        } else if (operation instanceof AddPrimaryKey op) {
            return Optional.of(op.key().columns());
        }
        return Optional.empty();
    }
}
