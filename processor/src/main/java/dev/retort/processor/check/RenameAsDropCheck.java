package dev.retort.processor.check;

import dev.retort.operation.AddColumn;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropTable;
import dev.retort.operation.Operation;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.migration.MigrationSource;
import dev.retort.processor.replay.ReplayedMigration;
import dev.retort.processor.replay.Step;
import dev.retort.schema.Column;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One upgrade drops a column (table) and adds one of the same type (columns) in the same table (under
 * another name), with no {@code @DataPreserved} for the drop: a rename written as a drop, rule 6.
 * With a note, the pair is the deliberate copy-then-drop pattern and nothing is reported, unless the
 * migration contradicts the note: the drop comes first and the add follows with no data step between
 * them, so the data cannot have moved.
 *
 * <p>A drop this check reports is its own: drop-without-note leaves it alone (one fault, one error),
 * through {@link #findings}, unless this check is silenced there.
 */
public final class RenameAsDropCheck implements MigrationCheck {

    /** A drop at step {@code step} of the upgrade that is a rename written as a drop. */
    record Finding(int step, String message) {}

    @Override
    public Set<Check> reports() {
        return Set.of(Check.RENAME_AS_DROP);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        for (Finding finding : findings(context.replayed())) {
            context.reporter().report(Check.RENAME_AS_DROP, context.at(context.replayed().steps().get(finding.step())),
                    finding.message());
        }
    }

    /** Each rename written as a drop, in step order; each added column or created table pairs with one drop. */
    static List<Finding> findings(ReplayedMigration replayed) {
        MigrationSource migration = replayed.source();
        List<Finding> findings = new ArrayList<>();
        Set<Integer> paired = new HashSet<>();
        List<Step> steps = replayed.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step drop = steps.get(i);
            Operation operation = drop.located().operation();
            String message = null;
            if (operation instanceof DropColumn dropColumn) {
                SqlType type = drop.before().requireTable(dropColumn.table()).requireColumn(dropColumn.column()).type();
                message = covered(migration, dropColumn.table(), dropColumn.column())
                        ? addedRightAfter(steps, i, paired, dropColumn, type)
                        : addedColumn(steps, paired, dropColumn, type);
            } else if (operation instanceof DropTable dropTable && !covered(migration, dropTable.table(), "")) {
                message = createdTable(steps, paired, drop.before().requireTable(dropTable.table()));
            }
            if (message != null) {
                findings.add(new Finding(i, message));
            }
        }
        return findings;
    }

    private static boolean covered(MigrationSource migration, String table, String column) {
        return migration.notes().stream().anyMatch(n -> n.covers(table, column));
    }

    private static String addedColumn(List<Step> steps, Set<Integer> paired, DropColumn drop, SqlType type) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).located().operation() instanceof AddColumn add && add.table().equals(drop.table())
                    && !add.column().name().equals(drop.column()) && add.column().type().equals(type)
                    && paired.add(i)) {
                return ProcessorErrors.renameColumnAsDrop(drop.table(), drop.column(), add.column().name(), type);
            }
        }
        return null;
    }

    /**
     * With a note: an add of the same type in the same table after the drop, with no data step between
     * them, which cannot have moved the data whatever the note says.
     */
    private static String addedRightAfter(List<Step> steps, int dropAt, Set<Integer> paired, DropColumn drop,
                                          SqlType type) {
        for (int i = dropAt + 1; i < steps.size(); i++) {
            Operation operation = steps.get(i).located().operation();
            if (operation.isDataStep()) {
                return null;
            }
            if (operation instanceof AddColumn add && add.table().equals(drop.table())
                    && !add.column().name().equals(drop.column()) && add.column().type().equals(type) && paired.add(i)) {
                return ProcessorErrors.noteContradicted(drop.table(), drop.column(), add.column().name(), type);
            }
        }
        return null;
    }

    private static String createdTable(List<Step> steps, Set<Integer> paired, Table dropped) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).located().operation() instanceof CreateTable create
                    && !create.table().name().equals(dropped.name())
                    && shape(create.table()).equals(shape(dropped)) && paired.add(i)) {
                return ProcessorErrors.renameTableAsDrop(dropped.name(), create.table().name());
            }
        }
        return null;
    }

    /** A table's columns by name, with their types. */
    private static Map<String, SqlType> shape(Table table) {
        Map<String, SqlType> shape = new LinkedHashMap<>();
        for (Column column : table.columns().values()) {
            shape.put(column.name(), column.type());
        }
        return shape;
    }
}
