package dev.retort.processor.check;

import dev.retort.operation.AlterColumnType;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.migration.MigrationSource;
import dev.retort.schema.SqlType;
import java.util.Optional;
import java.util.Set;

/**
 * A type change that can lose data (shorter varchar, smaller numeric, bigint to int, text to varchar,
 * timestamp with time zone to without...) on a column that may hold rows, with no
 * {@code @DataPreserved} naming the column: rule 4 of the workflow.
 */
public final class NarrowingWithoutNoteCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.NARROWING_WITHOUT_NOTE);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        MigrationSource migration = context.migration();
        for (ExistingTableStep<AlterColumnType> found : context.onExistingTables(AlterColumnType.class)) {
            AlterColumnType change = found.operation();
            if (context.novelty().added(found.index(), change.table(), change.column()).isPresent()
                    || migration.notes().stream().anyMatch(n -> n.covers(change.table(), change.column()))) {
                continue;
            }
            SqlType was = found.step().before().requireTable(change.table()).requireColumn(change.column()).type();
            Optional<String> loss = TypeNarrowing.loss(was, change.type());
            if (loss.isPresent()) {
                context.reporter().report(Check.NARROWING_WITHOUT_NOTE, context.at(found.step()),
                        ProcessorErrors.narrowingWithoutNote(change, was, loss.get(), migration.name()));
            }
        }
    }
}
