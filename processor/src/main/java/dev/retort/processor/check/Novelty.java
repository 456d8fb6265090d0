package dev.retort.processor.check;

import dev.retort.operation.AddColumn;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropTable;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameColumn;
import dev.retort.operation.RenameTable;
import dev.retort.processor.replay.ReplayedMigration;
import dev.retort.processor.replay.Step;
import dev.retort.schema.Column;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is new at each step of an upgrade: the tables this migration created (an existing table may
 * hold rows; a new one is empty) and the columns it added, as they were added. Renames are followed.
 */
public final class Novelty {

    private final List<Set<String>> newTables = new ArrayList<>();
    /** By "table column": a qualified table name holds a dot, never a space. */
    private final List<Map<String, Column>> newColumns = new ArrayList<>();

    private Novelty() {}

    public static Novelty of(ReplayedMigration replayed) {
        Novelty novelty = new Novelty();
        Set<String> tables = new HashSet<>();
        Map<String, Column> columns = new HashMap<>();
        for (Step step : replayed.steps()) {
            novelty.newTables.add(Set.copyOf(tables));
            novelty.newColumns.add(Map.copyOf(columns));
            follow(step.located().operation(), tables, columns);
        }
        novelty.newTables.add(Set.copyOf(tables));
        novelty.newColumns.add(Map.copyOf(columns));
        return novelty;
    }

    /** Whether the table, as named just before step {@code index}, existed before this migration. */
    public boolean existed(int index, String table) {
        return !newTables.get(index).contains(table);
    }

    /** The column as this migration added it, when it did so before step {@code index}. */
    public Optional<Column> added(int index, String table, String column) {
        return Optional.ofNullable(newColumns.get(index).get(table + " " + column));
    }

    private static void follow(Operation operation, Set<String> tables, Map<String, Column> columns) {
        if (operation instanceof CreateTable op) {
            tables.add(op.table().name());
            op.table().columns().values().forEach(c -> columns.put(op.table().name() + " " + c.name(), c));
        } else if (operation instanceof DropTable op) {
            tables.remove(op.table());
            columns.keySet().removeIf(key -> key.startsWith(op.table() + " "));
        } else if (operation instanceof RenameTable op) {
            if (tables.remove(op.from())) {
                tables.add(op.to());
            }
            Map<String, Column> moved = new HashMap<>();
            columns.entrySet().removeIf(e -> {
                if (e.getKey().startsWith(op.from() + " ")) {
                    moved.put(op.to() + e.getKey().substring(op.from().length()), e.getValue());
                    return true;
                }
                return false;
            });
            columns.putAll(moved);
        } else if (operation instanceof AddColumn op) {
            columns.put(op.table() + " " + op.column().name(), op.column());
        } else if (operation instanceof DropColumn op) {
            columns.remove(op.table() + " " + op.column());
        } else if (operation instanceof RenameColumn op) {
            Column column = columns.remove(op.table() + " " + op.from());
            if (column != null) {
                columns.put(op.table() + " " + op.to(), column.withName(op.to()));
            }
        }
    }
}
