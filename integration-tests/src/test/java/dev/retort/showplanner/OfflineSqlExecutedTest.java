package dev.retort.showplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.oracle.CatalogReader;
import dev.retort.oracle.CatalogSchema;
import dev.retort.oracle.SchemaComparison;
import dev.retort.oracle.SchemaComparison.ColumnOrder;
import dev.retort.oracle.SqlScript;
import dev.retort.runner.Retort;
import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The show planner's offline SQL ({@code upgradeSql}, {@code downgradeSql}: the {@code sql}
 * command's) run with plain JDBC, as a DBA would run it, beside Retort's runner on another database
 * of the same kind: at every revision, up and down, the two schemas are the same as the database's
 * catalogs tell them, column order included, and so are the histories.
 */
class OfflineSqlExecutedTest {

    private static final String PACKAGE = "dev.retort.showplanner.migrations";

    @ParameterizedTest
    @EnumSource(Database.class)
    void theScriptsBuildWhatTheRunnerBuildsAtEveryRevision(Database database) throws Exception {
        try (TestDatabase runner = TestDatabase.create(database, "runner");
             TestDatabase script = TestDatabase.create(database, "script")) {
            Retort online = retort(runner);
            Retort offline = retort(script);
            run(script, offline.upgradeSql("base", "head"));
            List<String> order = online.upgrade("head");
            assertEquals(14, order.size());
            same(runner, script, "at head, from base");

            for (int i = order.size() - 1; i >= 0; i--) {
                String to = i == 0 ? "base" : order.get(i - 1);
                run(script, offline.downgradeSql(order.get(i), to));
                online.downgrade(to);
                same(runner, script, "down from " + order.get(i) + " to " + to);
            }
            assertEquals(List.of(), history(script));
            // A script from base creates the history table, which a downgrade to base leaves (empty).
            script.execute("DROP TABLE retort_history");
            for (int i = 0; i < order.size(); i++) {
                run(script, offline.upgradeSql(i == 0 ? "base" : order.get(i - 1), order.get(i)));
                online.upgrade(order.get(i));
                same(runner, script, "up to " + order.get(i));
            }
            assertEquals(order.stream().sorted().toList(), history(script));
        }
    }

    private static void run(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect()) {
            assertTrue(SqlScript.run(connection, sql) > 0, sql);
        }
    }

    private static void same(TestDatabase runner, TestDatabase script, String step) throws SQLException {
        SchemaComparison comparison = SchemaComparison.of(catalog(runner), catalog(script), ColumnOrder.COMPARED);
        assertEquals(List.of(), comparison.differences(), step);
        assertEquals(history(runner), history(script), step);
    }

    private static CatalogSchema catalog(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return CatalogReader.read(connection, Set.of());
        }
    }

    /** The ids in Retort's history table, sorted (a script's rows share one timestamp), read with plain SQL. */
    private static List<String> history(TestDatabase db) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id FROM retort_history ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static Retort retort(TestDatabase db) {
        return Retort.configure().url(db.url()).migrationsPackage(PACKAGE).load();
    }
}
