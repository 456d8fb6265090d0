package dev.retort.processor.replay;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AlterColumnType;
import dev.retort.operation.CreateTable;
import dev.retort.operation.Operation;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.migration.LocatedOperation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Where the migrations last gave each column its type: the {@code createTable}, {@code addColumn} or
 * {@code alterColumnType} call, so that a type the model no longer agrees with can be fixed where a
 * migration not yet applied anywhere wrote it.
 */
public final class TypedColumns {

    /** A column of a table. */
    public record Column(String table, String column) {}

    /** The call that last typed a column: in which migration, as read from its upgrade. */
    public record Site(ReplayedMigration migration, LocatedOperation call) {}

    private final BiFunction<String, String, Optional<Location>> sites;

    private TypedColumns(BiFunction<String, String, Optional<Location>> sites) {
        this.sites = sites;
    }

    /** The sites of a replay, each column's last. */
    public static Map<Column, Site> sitesOf(Replay replay) {
        Map<Column, Site> last = new LinkedHashMap<>();
        for (ReplayedMigration migration : replay.migrations()) {
            for (Step step : migration.steps()) {
                for (Column typed : typedBy(step.located().operation())) {
                    last.remove(typed);
                    last.put(typed, new Site(migration, step.located()));
                }
            }
        }
        return last;
    }

    /** The columns of a replay, located at each one's last typing call in its migration's upgrade. */
    public static TypedColumns of(Replay replay) {
        Map<Column, Site> sites = new LinkedHashMap<>();
        return new TypedColumns((table, column) -> {
            if (sites.isEmpty()) {
                sites.putAll(sitesOf(replay));
            }
            return Optional.ofNullable(sites.get(new Column(table, column)))
                    .map(site -> site.call().at(site.migration().source().upgrade().method()));
        });
    }

    /** Columns located by a lookup of one's own (as a cache keeps them). */
    public static TypedColumns of(BiFunction<String, String, Optional<Location>> sites) {
        return new TypedColumns(sites);
    }

    /** Where the column was last typed; empty when no migration typed it. */
    public Optional<Location> at(String table, String column) {
        return sites.apply(table, column);
    }

    private static List<Column> typedBy(Operation operation) {
        if (operation instanceof CreateTable create) {
            return create.table().columns().keySet().stream().map(c -> new Column(create.table().name(), c)).toList();
        } else if (operation instanceof AddColumn add) {
            return List.of(new Column(add.table(), add.column().name()));
        } else if (operation instanceof AlterColumnType alter) {
            return List.of(new Column(alter.table(), alter.column()));
        }
        return List.of();
    }
}
