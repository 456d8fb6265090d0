package dev.retort.testing;

import dev.retort.runner.Retort;
import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What a database holds, for comparing before and after a trial: the live schema, every row of every
 * table (sorted), the history's rows (id and, where the table has one, state; never the time), and
 * the side tables Retort keeps dropped values in ({@code retort_kept_<n>}), which a trial must not leave.
 */
public record DatabaseState(Schema schema, List<String> rows, List<String> history, List<String> kept) {

    public static DatabaseState of(Retort retort, TestDatabase db) throws SQLException {
        Schema schema = retort.liveSchema();
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (String table : schema.tables().keySet()) {
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table).append(':');
                        for (int i = 1; i <= columns; i++) {
                            row.append(' ').append(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT))
                                    .append('=').append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
            Collections.sort(rows);
            return new DatabaseState(schema, List.copyOf(rows), history(connection, statement), kept(connection));
        }
    }

    private static List<String> kept(Connection connection) throws SQLException {
        List<String> kept = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (name.matches("retort_kept_\\d+")) {
                    kept.add(name);
                }
            }
        }
        Collections.sort(kept);
        return List.copyOf(kept);
    }

    private static List<String> history(Connection connection, Statement statement) throws SQLException {
        List<String> history = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT * FROM retort_history")) {
            int state = -1;
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                if (rs.getMetaData().getColumnLabel(i).equalsIgnoreCase("state")) {
                    state = i;
                }
            }
            while (rs.next()) {
                history.add(rs.getString("id") + (state < 0 ? "" : " " + rs.getString(state)));
            }
        } catch (SQLException noHistoryYet) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            return List.of();
        }
        Collections.sort(history);
        return List.copyOf(history);
    }

    /** What differs from {@code other}, briefly. */
    public String differencesFrom(DatabaseState other) {
        List<String> differences = new ArrayList<>();
        if (!schema.equals(other.schema)) {
            differences.add("schema " + SchemaText.of(schema));
        }
        if (!rows.equals(other.rows)) {
            List<String> missing = new ArrayList<>(other.rows);
            missing.removeAll(rows);
            List<String> extra = new ArrayList<>(rows);
            extra.removeAll(other.rows);
            differences.add("rows missing " + missing + ", extra " + extra);
        }
        if (!kept.equals(other.kept)) {
            differences.add("side tables " + kept + " instead of " + other.kept);
        }
        if (!history.equals(other.history)) {
            differences.add("history " + history + " instead of " + other.history);
        }
        return String.join("; ", differences);
    }
}
