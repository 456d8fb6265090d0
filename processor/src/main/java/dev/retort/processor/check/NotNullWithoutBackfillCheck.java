package dev.retort.processor.check;

import dev.retort.operation.AddColumn;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.replay.ReplayedMigration;
import dev.retort.processor.replay.Step;
import dev.retort.schema.Column;
import dev.retort.operation.ExecuteSql;
import dev.retort.operation.Operation;
import dev.retort.operation.SetNotNull;
import dev.retort.schema.Identifiers;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code setNotNull} on a column of a table that existed before this migration, with no backfill
 * before it: rule 5 of the workflow, an error. A backfill is a Java data step (opaque, so it may), an
 * UPDATE that sets the column to a value, or a DELETE that names it, after the column was added in
 * this migration; for a column that existed before, an UPDATE of an earlier migration that set it
 * counts too. A column this migration added with a default is already filled, and needs none.
 *
 * <p>The skeleton's placeholder ({@code UPDATE t SET c = NULL WHERE c IS NULL}, which changes
 * nothing) is reported where it stands, in place of the {@code setNotNull} it should have served.
 */
public final class NotNullWithoutBackfillCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.NOT_NULL_WITHOUT_BACKFILL);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        List<Step> steps = context.replayed().steps();
        Set<String> placeholders = new HashSet<>();
        for (Step step : steps) {
            if (step.located().operation() instanceof ExecuteSql sql) {
                SqlUpdates.placeholder(sql.sql()).ifPresent(p -> {
                    placeholders.add(p.table() + " " + p.column());
                    context.reporter().report(Check.NOT_NULL_WITHOUT_BACKFILL, context.at(step),
                            ProcessorErrors.backfillPlaceholder(p.table(), p.column()));
                });
            }
        }
        for (ExistingTableStep<SetNotNull> found : context.onExistingTables(SetNotNull.class)) {
            SetNotNull set = found.operation();
            int i = found.index();
            Optional<Column> added = context.novelty().added(i, set.table(), set.column());
            if (added.map(Column::hasDefault).orElse(false)
                    || placeholders.contains(Identifiers.namePart(set.table()).toLowerCase(Locale.ROOT) + " "
                            + set.column().toLowerCase(Locale.ROOT))
                    || backfilled(steps.subList(addedAt(steps, i, set), i), set.column())
                    || added.isEmpty() && backfilledEarlier(context.earlier(), set)) {
                continue;
            }
            context.reporter().report(Check.NOT_NULL_WITHOUT_BACKFILL, context.at(found.step()),
                    ProcessorErrors.notNullWithoutBackfill(set));
        }
    }

    /** Where the search for a backfill starts: after the step that added the column, if this migration did. */
    private static int addedAt(List<Step> steps, int setAt, SetNotNull set) {
        for (int i = setAt - 1; i >= 0; i--) {
            if (steps.get(i).located().operation() instanceof AddColumn add && add.table().equals(set.table())
                    && add.column().name().equals(set.column())) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean backfilled(List<Step> steps, String column) {
        for (Step step : steps) {
            Operation operation = step.located().operation();
            if (operation instanceof ExecuteSql sql ? sets(sql, column) || SqlUpdates.deletesNaming(sql.sql(), column)
                    : operation.isDataStep()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sets(ExecuteSql sql, String column) {
        return SqlUpdates.assignments(sql.sql()).stream()
                .anyMatch(a -> !a.toNull() && a.column().equals(column.toLowerCase(Locale.ROOT)));
    }

    /** Whether an earlier migration's UPDATE of the table set the column. */
    private static boolean backfilledEarlier(List<ReplayedMigration> earlier, SetNotNull set) {
        String table = Identifiers.namePart(set.table()).toLowerCase(Locale.ROOT);
        return earlier.stream().flatMap(m -> m.steps().stream()).map(s -> s.located().operation())
                .filter(ExecuteSql.class::isInstance).map(ExecuteSql.class::cast)
                .flatMap(sql -> SqlUpdates.assignments(sql.sql()).stream())
                .anyMatch(a -> !a.toNull() && a.table().equals(table)
                        && a.column().equals(set.column().toLowerCase(Locale.ROOT)));
    }
}
