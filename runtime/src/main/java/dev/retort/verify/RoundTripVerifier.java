package dev.retort.verify;

import dev.retort.runner.LoadedMigration;
import dev.retort.runner.Retort;
import dev.retort.diff.SchemaDifferences;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.sql.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * For users' tests: each migration in turn is upgraded, downgraded and upgraded again, on an empty
 * database. After the downgrade the schema must be the one before the upgrade, and the rows, in the
 * columns that survive the downgrade, must be unchanged; after the second upgrade the schema must be
 * the one of the first. Seed rows, inserted just before a given migration's round trip, give the check rows to compare.
 *
 * <pre>{@code
 * RoundTripVerifier.of(retort, dataSource::getConnection)
 *     .seed("75e8b3bb0750", "INSERT INTO shows (id, title) VALUES (1, 'Pilot')")
 *     .verify();
 * }</pre>
 */
public final class RoundTripVerifier {

    /** Opens a connection to the database the {@link Retort} migrates, to seed and read rows. */
    @FunctionalInterface
    public interface Connector {
        Connection open() throws SQLException;
    }

    private final Retort retort;
    private final Connector connector;
    private final Map<String, List<String>> seeds;

    private RoundTripVerifier(Retort retort, Connector connector, Map<String, List<String>> seeds) {
        this.retort = retort;
        this.connector = connector;
        this.seeds = seeds;
    }

    public static RoundTripVerifier of(Retort retort, Connector connector) {
        return new RoundTripVerifier(Objects.requireNonNull(retort), Objects.requireNonNull(connector), Map.of());
    }

    /** SQL that inserts rows just before the round trip of {@code migrationId}. */
    public RoundTripVerifier seed(String migrationId, String... statements) {
        Map<String, List<String>> copy = new LinkedHashMap<>(seeds);
        List<String> all = new ArrayList<>(copy.getOrDefault(migrationId, List.of()));
        all.addAll(List.of(statements));
        copy.put(migrationId, List.copyOf(all));
        return new RoundTripVerifier(retort, connector, copy);
    }

    /**
     * Seed rows for a migration go in just before its round trip.
     * Runs the round trips from an empty database (nothing applied) to head; returns the ids checked.
     *
     * @throws RoundTripFailure naming the first migration whose round trip differs, and how
     */
    public List<String> verify() {
        if (!retort.current().isEmpty()) {
            throw new IllegalStateException("the round trip starts from an empty database, but it is at "
                    + retort.current() + ": downgrade it to base first");
        }
        List<String> checked = new ArrayList<>();
        for (LoadedMigration migration : retort.migrations().inOrder()) {
            String id = migration.id();
            run(seeds.getOrDefault(id, List.of()));
            Schema start = retort.liveSchema();
            Map<String, Map<String, List<String>>> rowsAtStart = rowsByColumn(start);
            retort.upgrade(id);
            Schema after = retort.liveSchema();
            retort.downgrade("-1");
            Schema down = retort.liveSchema();
            Map<String, Map<String, List<String>>> rowsAtEnd = rowsByColumn(down);
            Map<String, List<String>> expected = surviving(rowsAtStart, after, down);
            Map<String, List<String>> actual = surviving(rowsAtEnd, after, start);
            if (!expected.equals(actual)) {
                throw new RoundTripFailure(id, "rows in the columns that survive the round trip changed",
                        List.of("before the upgrade: " + expected, "after the downgrade: " + actual));
            }
            expectSame(id, "the downgrade does not give back the schema before the upgrade", start, down);
            retort.upgrade(id);
            expectSame(id, "upgrading again does not give the schema of the first upgrade", after, retort.liveSchema());
            checked.add(id);
        }
        return checked;
    }

    private static void expectSame(String id, String what, Schema expected, Schema actual) {
        List<String> differences = SchemaDifferences.between(expected, actual);
        if (!differences.isEmpty()) {
            throw new RoundTripFailure(id, what, differences);
        }
    }

    private void run(List<String> statements) {
        if (statements.isEmpty()) {
            return;
        }
        try (Connection connection = connector.open(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("seed failed: " + e.getMessage(), e);
        }
    }

    /** Each table's rows, as one value list per row, with the column names in a sorted key. */
    private Map<String, Map<String, List<String>>> rowsByColumn(Schema schema) {
        Map<String, Map<String, List<String>>> rows = new LinkedHashMap<>();
        try (Connection connection = connector.open()) {
            for (Table table : schema.tables().values()) {
                List<String> columns = table.columns().keySet().stream().sorted().toList();
                Map<String, List<String>> byColumn = new LinkedHashMap<>();
                List<List<String>> values = read(connection, table.name(), columns);
                for (int i = 0; i < columns.size(); i++) {
                    int column = i;
                    byColumn.put(columns.get(i), values.stream().map(row -> row.get(column)).toList());
                }
                rows.put(table.name(), byColumn);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read rows: " + e.getMessage(), e);
        }
        return rows;
    }

    /** Per table, the rows restricted to the columns both other schemas have too, sorted. */
    private static Map<String, List<String>> surviving(Map<String, Map<String, List<String>>> rows, Schema a, Schema b) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        rows.forEach((table, byColumn) -> {
            List<String> columns = byColumn.keySet().stream().filter(c -> has(a, table, c) && has(b, table, c)).toList();
            if (columns.isEmpty()) {
                return;
            }
            int count = byColumn.get(columns.get(0)).size();
            List<String> lines = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                int row = r;
                lines.add(String.join("|", columns.stream().map(c -> byColumn.get(c).get(row)).toList()));
            }
            lines.sort(null);
            kept.put(table + columns, lines);
        });
        return kept;
    }

    private static boolean has(Schema schema, String table, String column) {
        Table found = schema.tables().get(table);
        return found != null && found.columns().containsKey(column);
    }

    private List<List<String>> read(Connection connection, String table, List<String> columns) throws SQLException {
        Dialect dialect = retort.dialect();
        List<String> quoted = columns.stream().map(dialect::quote).toList();
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT " + String.join(", ", quoted) + " FROM " + dialect.quote(table))) {
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    Object value = rs.getObject(i);
                    values.add(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value));
                }
                rows.add(values);
            }
        }
        return rows;
    }
}
