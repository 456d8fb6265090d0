package dev.retort.processor.check;

import dev.retort.operation.DropColumn;
import dev.retort.operation.DropTable;
import dev.retort.operation.Operation;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.migration.LocatedOperation;
import dev.retort.processor.migration.MigrationSource;
import dev.retort.processor.replay.ReplayedMigration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code dropColumn} or {@code dropTable} in an upgrade with no {@code @DataPreserved} saying where
 * the data went: rule 4 of the workflow.
 *
 * <p>Not reported here, so that one fault gives one error: a drop that did not fit the schema (the
 * replay reported it), and a drop that rename-as-drop reports (unless that check is silenced there).
 */
public final class DropWithoutNoteCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.DROP_WITHOUT_NOTE);
    }

    @Override
    public boolean needsReplay() {
        return false;
    }

    @Override
    public void check(MigrationContext context) {
        MigrationSource migration = context.migration();
        ReplayedMigration replayed = context.replayed();
        List<LocatedOperation> drops = replayed == null ? migration.upgrade().operations()
                : replayed.steps().stream().map(s -> s.located()).toList();
        Set<Integer> renames = new HashSet<>();
        if (replayed != null) {
            RenameAsDropCheck.findings(replayed).stream().map(RenameAsDropCheck.Finding::step)
                    .filter(i -> context.reporter().shows(Check.RENAME_AS_DROP, context.at(drops.get(i))))
                    .forEach(renames::add);
        }
        for (int i = 0; i < drops.size(); i++) {
            LocatedOperation located = drops.get(i);
            Operation operation = located.operation();
            String table;
            String column;
            if (renames.contains(i)) {
                continue;
            } else if (operation instanceof DropColumn drop) {
                table = drop.table();
                column = drop.column();
            } else if (operation instanceof DropTable drop) {
                table = drop.table();
                column = "";
            } else {
                continue;
            }
            if (migration.notes().stream().noneMatch(note -> note.covers(table, column))) {
                context.reporter().report(Check.DROP_WITHOUT_NOTE, context.at(located),
                        ProcessorErrors.dropWithoutNote(operation, table, column, migration.name()));
            }
        }
    }
}
