package dev.retort.processor.check;

import dev.retort.operation.DropColumn;
import dev.retort.operation.DropTable;
import dev.retort.operation.Operation;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.migration.LocatedOperation;
import dev.retort.processor.migration.MigrationSource;
import java.util.Set;

/**
 * {@code dropColumn} or {@code dropTable} in an upgrade with no {@code @DataPreserved} saying where
 * the data went: rule 4 of the workflow.
 */
public final class DropWithoutNoteCheck {

    private final Reporter reporter;

    public DropWithoutNoteCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * {@code skipped}: the drops already reported otherwise (by rename-as-drop, or as not fitting the
     * schema), which are not reported again.
     */
    public void check(MigrationSource migration, Set<LocatedOperation> skipped) {
        for (LocatedOperation located : migration.upgrade().operations()) {
            Operation operation = located.operation();
            if (skipped.contains(located)) {
                continue;
            }
            String table;
            String column;
            if (operation instanceof DropColumn drop) {
                table = drop.table();
                column = drop.column();
            } else if (operation instanceof DropTable drop) {
                table = drop.table();
                column = "";
            } else {
                continue;
            }
            if (migration.notes().stream().noneMatch(note -> note.covers(table, column))) {
                reporter.report(Check.DROP_WITHOUT_NOTE,
                        located.at(migration.upgrade().method()),
                        ProcessorErrors.dropWithoutNote(operation, table, column, migration.name()));
            }
        }
    }
}
