package dev.retort.processor.check;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AlterColumnType;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropTable;
import dev.retort.operation.Operation;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.migration.LocatedOperation;
import dev.retort.processor.migration.MethodBody;
import dev.retort.processor.migration.MigrationSource;
import dev.retort.processor.migration.PreservationNote;
import dev.retort.processor.replay.ReplayedMigration;
import dev.retort.processor.replay.Step;
import dev.retort.schema.SqlType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The upgrade drops or narrows something its {@code @DataPreserved} note accounts for; the downgrade
 * brings the column or table back, but not its data. Reported on the downgrade's operation that
 * brings it back, quoting the note, unless a data step after it in the downgrade restores the data.
 * A drop or narrowing without a note is drop-without-note's or narrowing-without-note's, not this.
 */
public final class LossyDowngradeCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.LOSSY_DOWNGRADE);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        ReplayedMigration replayed = context.replayed();
        MigrationSource migration = replayed.source();
        MethodBody downgrade = migration.downgrade();
        if (downgrade.missing()) {
            return;
        }
        for (Step step : replayed.steps()) {
            Operation operation = step.located().operation();
            String table;
            String column;
            if (operation instanceof DropColumn drop) {
                table = drop.table();
                column = drop.column();
            } else if (operation instanceof DropTable drop) {
                table = drop.table();
                column = "";
            } else if (operation instanceof AlterColumnType change && narrows(step, change)) {
                table = change.table();
                column = change.column();
            } else {
                continue;
            }
            Optional<PreservationNote> note = migration.notes().stream().filter(n -> n.covers(table, column)).findFirst();
            if (note.isPresent()) {
                restore(downgrade.operations(), table, column).ifPresent(restore -> context.reporter().report(
                        Check.LOSSY_DOWNGRADE, restore.at(downgrade.method()),
                        ProcessorErrors.lossyDowngrade(restore.operation(), table, column, note.get().note())));
            }
        }
    }

    private static boolean narrows(Step step, AlterColumnType change) {
        SqlType was = step.before().requireTable(change.table()).requireColumn(change.column()).type();
        return TypeNarrowing.loss(was, change.type()).isPresent();
    }

    /** The downgrade operation that brings the object back, unless a data step follows it. */
    private static Optional<LocatedOperation> restore(List<LocatedOperation> downgrade, String table, String column) {
        for (int i = 0; i < downgrade.size(); i++) {
            Operation operation = downgrade.get(i).operation();
            boolean restores = column.isEmpty() ? operation instanceof CreateTable create
                    && create.table().name().equals(table)
                    : operation instanceof AddColumn add && add.table().equals(table) && add.column().name().equals(column)
                    || operation instanceof AlterColumnType change && change.table().equals(table)
                    && change.column().equals(column);
            if (restores) {
                boolean restored = downgrade.subList(i + 1, downgrade.size()).stream()
                        .anyMatch(l -> l.operation().isDataStep());
                return restored ? Optional.empty() : Optional.of(downgrade.get(i));
            }
        }
        return Optional.empty();
    }
}
