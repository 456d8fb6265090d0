package dev.retort.showplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.runner.Retort;
import dev.retort.runner.RetortException;
import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import dev.retort.verify.RoundTripVerifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The show planner's fourteen migrations on H2, PostgreSQL and MariaDB, with rows in the tables. */
class ShowPlannerRunnerTest {

    private static final String PACKAGE = "dev.retort.showplanner.migrations";
    private static final String ANN = "(SELECT id FROM users WHERE email = 'ann@example.com')";
    private static final String BOB = "(SELECT id FROM users WHERE email = 'bob@example.com')";

    @TempDir
    Path folder;

    private static Retort retort(TestDatabase db) {
        return Retort.configure().url(db.url()).migrationsPackage(PACKAGE).load();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void upDownUpAndBaseKeepEveryRowInTheColumnsThatStay(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "planner")) {
            Retort retort = retort(db);
            retort.upgrade("728d86904477");
            db.execute("INSERT INTO users (created_at, email, first_name, family_name, password_hash, active)"
                            + " VALUES (CURRENT_TIMESTAMP, 'ann@example.com', 'Ann', 'Lee', 'h1', TRUE)",
                    "INSERT INTO users (created_at, email, first_name, family_name, password_hash, active)"
                            + " VALUES (CURRENT_TIMESTAMP, 'bob@example.com', 'Bob', 'Marsh', 'h2', FALSE)",
                    "INSERT INTO shows (created_at, title, venue, created_by_id) VALUES (CURRENT_TIMESTAMP, 'Pilot',"
                            + " 'Hall A', " + ANN + ")");
            retort.upgrade("2aa8889d4cd1");
            assertEquals(List.of("Ann Lee", "Bob Marsh"), column(db, "SELECT full_name FROM users ORDER BY email"));
            // By name, as the application then stored them: one twice, one with no permission row yet.
            db.execute("INSERT INTO user_permissions (created_at, user_id, permission) VALUES"
                    + " (CURRENT_TIMESTAMP, " + ANN + ", 'shows:edit'), (CURRENT_TIMESTAMP, " + ANN + ", 'shows:edit'),"
                    + " (CURRENT_TIMESTAMP, " + BOB + ", 'reports:read')");

            assertEquals(7, retort.upgrade("head").size());
            assertEquals(List.of("ann@example.com shows:edit", "bob@example.com reports:read"), column(db,
                    "SELECT CONCAT(u.email, CONCAT(' ', p.name)) FROM user_permissions up JOIN users u ON u.id = up.user_id"
                            + " JOIN permissions p ON p.id = up.permission_id ORDER BY u.email"));
            assertEquals(List.of(), retort.check());
            db.execute("INSERT INTO quotes (created_at, show_id, supplier, amount, currency, status) VALUES"
                            + " (CURRENT_TIMESTAMP, (SELECT id FROM shows WHERE title = 'Pilot'), 'Lights Ltd', 1200.50,"
                            + " 'EUR', 'SENT')",
                    "INSERT INTO role_templates (created_at, name, permissions) VALUES (CURRENT_TIMESTAMP,"
                            + " 'stage manager', 'shows:read,shows:edit')",
                    "INSERT INTO revoked_tokens (created_at, jti, expires_at) VALUES (CURRENT_TIMESTAMP, 'j-1',"
                            + " CURRENT_TIMESTAMP)",
                    "INSERT INTO password_reset_tokens (created_at, user_id, token, expires_at) VALUES"
                            + " (CURRENT_TIMESTAMP, " + BOB + ", 'reset-1', CURRENT_TIMESTAMP)");

            Map<String, List<String>> atHead = rows(db, retort, "users.invited_by_id");
            assertEquals(List.of("e141f13156c7"), retort.downgrade("-1"));
            assertEquals(atHead, rows(db, retort));
            db.execute("INSERT INTO invite_tokens (created_at, email, token, invited_by_id, expires_at, accepted_at)"
                    + " VALUES (CURRENT_TIMESTAMP, 'bob@example.com', 'invite-1', " + ANN + ", CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)");
            assertEquals(List.of("e141f13156c7"), retort.upgrade("head"));
            assertEquals(List.of("ann@example.com -", "bob@example.com ann@example.com"), column(db,
                    "SELECT CONCAT(u.email, CONCAT(' ', COALESCE(i.email, '-'))) FROM users u"
                            + " LEFT JOIN users i ON i.id = u.invited_by_id ORDER BY u.email"));
            Map<String, List<String>> backAtHead = rows(db, retort, "users.invited_by_id");
            assertEquals(1, backAtHead.remove("invite_tokens").size());
            atHead.remove("invite_tokens");
            assertEquals(atHead, backAtHead);

            assertEquals(14, retort.downgrade("base").size());
            assertEquals(List.of(), new ArrayList<>(retort.liveSchema().tables().keySet()));
            assertEquals(14, retort.upgrade("head").size());
            assertEquals(List.of(), retort.check());
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void everyMigrationRoundTripsWithSeedRows(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "roundtrip")) {
            List<String> checked = RoundTripVerifier.of(retort(db), db::connect)
                    .seed("728d86904477",
                            "INSERT INTO users (created_at, email, first_name, family_name, password_hash, active)"
                                    + " VALUES (CURRENT_TIMESTAMP, 'ann@example.com', 'Ann', 'Lee', 'h1', TRUE)",
                            "INSERT INTO users (created_at, email, first_name, family_name, password_hash, active)"
                                    + " VALUES (CURRENT_TIMESTAMP, 'bob@example.com', 'Bob', 'Marsh', 'h2', TRUE)",
                            "INSERT INTO shows (created_at, title) VALUES (CURRENT_TIMESTAMP, 'Pilot')")
                    .seed("2f97ab44d3ed",
                            "INSERT INTO user_permissions (created_at, user_id, permission) VALUES"
                                    + " (CURRENT_TIMESTAMP, " + ANN + ", 'shows:edit')")
                    .seed("38dddbddd7a3",
                            "INSERT INTO quotes (created_at, show_id, supplier, amount, currency, status) VALUES"
                                    + " (CURRENT_TIMESTAMP, (SELECT id FROM shows WHERE title = 'Pilot'), 'Lights Ltd',"
                                    + " 99.90, 'EUR', 'DRAFT')")
                    .seed("c2a6f1769b7f",
                            "INSERT INTO role_templates (created_at, name, permissions) VALUES (CURRENT_TIMESTAMP,"
                                    + " 'stage manager', 'shows:read')")
                    .seed("e141f13156c7",
                            "INSERT INTO invite_tokens (created_at, email, token, invited_by_id, expires_at)"
                                    + " VALUES (CURRENT_TIMESTAMP, 'bob@example.com', 'invite-1', " + ANN + ","
                                    + " CURRENT_TIMESTAMP)")
                    .verify();
            assertEquals(14, checked.size());
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aMigrationEditedAfterItWasAppliedIsRefused(Database database) throws Exception {
        ShowPlannerProject edited = ShowPlannerProject.copyTo(folder);
        edited.copy.edit("migrations/AddPermissions", "('shows:edit', 'Plan shows',", "('shows:edit', 'Plan and edit shows',");
        assertEquals(List.of(), edited.compile().problems());
        try (TestDatabase db = TestDatabase.create(database, "edited");
             URLClassLoader loader = new URLClassLoader(new URL[] {edited.classes().toUri().toURL()},
                     new WithoutShowPlanner(getClass().getClassLoader()))) {
            retort(db).upgrade("head");
            Retort afterTheEdit = Retort.configure().url(db.url()).classLoader(loader).load();
            RetortException refused = assertThrows(RetortException.class, () -> afterTheEdit.upgrade("head"));
            assertTrue(refused.getMessage().startsWith("refused: migration 2f97ab44d3ed (add permissions,"
                    + " dev.retort.showplanner.migrations.AddPermissions) was applied"
                    + " with checksum "), refused.getMessage());
            assertTrue(refused.getMessage().contains("write a new migration for the change; or, if the database"
                    + " already has the edited schema, run 'stamp 2f97ab44d3ed' to accept it"), refused.getMessage());
            assertEquals(List.of("e141f13156c7"), afterTheEdit.current());
        }
    }

    /**
     * Every table's rows, each as {@code column=value} pairs in column order, sorted; without the
     * columns named {@code table.column} in {@code leftOut}.
     */
    private static Map<String, List<String>> rows(TestDatabase db, Retort retort, String... leftOut) throws SQLException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (var table : retort.liveSchema().tables().values()) {
                List<String> columns = table.columns().keySet().stream().sorted()
                        .filter(c -> !List.of(leftOut).contains(table.name() + "." + c)).toList();
                List<String> values = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table.name())) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (String c : columns) {
                            row.append(c).append('=').append(rs.getString(c)).append(' ');
                        }
                        values.add(row.toString());
                    }
                }
                values.sort(null);
                rows.put(table.name(), values);
            }
        }
        return rows;
    }

    private static List<String> column(TestDatabase db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i));
                }
                values.add(row.toString());
            }
        }
        values.sort(null);
        return values;
    }
}
