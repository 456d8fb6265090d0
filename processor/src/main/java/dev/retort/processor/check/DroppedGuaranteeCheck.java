package dev.retort.processor.check;

import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropNotNull;
import dev.retort.operation.Operation;
import dev.retort.operation.SetNotNull;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.replay.Step;
import dev.retort.schema.ForeignKey;
import java.util.List;
import java.util.Set;

/**
 * A guarantee the readers of an existing table rely on, dropped: a foreign key (rows may then point
 * nowhere) or a NOT NULL (rows may then hold NULL). Not when the same migration gives it back (a key
 * made again over the same columns, NOT NULL set again).
 */
public final class DroppedGuaranteeCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.DROPPED_FOREIGN_KEY, Check.DROPPED_NOT_NULL);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        List<Step> steps = context.replayed().steps();
        for (ExistingTableStep<Operation> found : context.onExistingTables(Operation.class)) {
            Step step = found.step();
            List<Step> later = steps.subList(found.index() + 1, steps.size());
            if (found.operation() instanceof DropForeignKey drop) {
                ForeignKey dropped = (ForeignKey) step.before().requireTable(drop.table()).constraints().get(drop.name());
                if (later.stream().map(s -> s.located().operation()).noneMatch(o -> madeAgain(o, drop.table(), dropped))) {
                    context.reporter().report(Check.DROPPED_FOREIGN_KEY, context.at(step),
                            ProcessorErrors.droppedForeignKey(drop, dropped.referencedTable()));
                }
            } else if (found.operation() instanceof DropNotNull drop
                    && later.stream().map(s -> s.located().operation()).noneMatch(o -> o instanceof SetNotNull set
                            && set.table().equals(drop.table()) && set.column().equals(drop.column()))) {
                context.reporter().report(Check.DROPPED_NOT_NULL, context.at(step), ProcessorErrors.droppedNotNull(drop));
            }
        }
    }

    private static boolean madeAgain(Operation operation, String table, ForeignKey dropped) {
        return operation instanceof CreateForeignKey fk && fk.table().equals(table)
                && fk.foreignKey().columns().equals(dropped.columns());
    }
}
