package dev.retort.processor.check;

import dev.retort.operation.AddColumn;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropTable;
import dev.retort.operation.Operation;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.migration.LocatedOperation;
import dev.retort.processor.migration.MigrationSource;
import dev.retort.processor.replay.ReplayedMigration;
import dev.retort.processor.replay.Step;
import dev.retort.schema.Column;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One upgrade drops a column (table) and adds one of the same type (columns) in the same table (under
 * another name), with no {@code @DataPreserved} for the drop: a rename written as a drop, rule 6.
 * Reported on the drop, which drop-without-note then leaves alone: one fault, one error. With a note,
 * the pair is the deliberate copy-then-drop pattern and nothing is reported.
 */
public final class RenameAsDropCheck {

    private final Reporter reporter;

    public RenameAsDropCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Reports each rename written as a drop; returns the drops reported, for drop-without-note to skip. */
    public Set<LocatedOperation> check(ReplayedMigration replayed) {
        MigrationSource migration = replayed.source();
        Set<LocatedOperation> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Step> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Step drop : replayed.steps()) {
            Operation operation = drop.located().operation();
            String message = null;
            if (operation instanceof DropColumn dropColumn && !covered(migration, dropColumn.table(), dropColumn.column())) {
                SqlType type = drop.before().requireTable(dropColumn.table()).requireColumn(dropColumn.column()).type();
                message = addedColumn(replayed, paired, dropColumn, type);
            } else if (operation instanceof DropTable dropTable && !covered(migration, dropTable.table(), "")) {
                message = createdTable(replayed, paired, drop.before().requireTable(dropTable.table()));
            }
            if (message != null && reporter.report(Check.RENAME_AS_DROP,
                    drop.located().at(migration.upgrade().method()), message)) {
                reported.add(drop.located());
            }
        }
        return reported;
    }

    private static boolean covered(MigrationSource migration, String table, String column) {
        return migration.notes().stream().anyMatch(n -> n.covers(table, column));
    }

    private static String addedColumn(ReplayedMigration replayed, Set<Step> paired, DropColumn drop, SqlType type) {
        for (Step step : replayed.steps()) {
            if (step.located().operation() instanceof AddColumn add && add.table().equals(drop.table())
                    && !add.column().name().equals(drop.column()) && add.column().type().equals(type)
                    && paired.add(step)) {
                return ProcessorErrors.renameColumnAsDrop(drop.table(), drop.column(), add.column().name(), type);
            }
        }
        return null;
    }

    private static String createdTable(ReplayedMigration replayed, Set<Step> paired, Table dropped) {
        for (Step step : replayed.steps()) {
            if (step.located().operation() instanceof CreateTable create
                    && !create.table().name().equals(dropped.name())
                    && shape(create.table()).equals(shape(dropped)) && paired.add(step)) {
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
