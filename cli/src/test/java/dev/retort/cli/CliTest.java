package dev.retort.cli;

import static dev.retort.fixtures.shows.ShowsIndex.CREATED_BY;
import static dev.retort.fixtures.shows.ShowsIndex.SHOWS;
import static dev.retort.fixtures.shows.ShowsIndex.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: output and exit codes, on H2. */
class CliTest {

    private TestDatabase db;
    private StringWriter out;
    private StringWriter err;
    private final List<String> prompts = new ArrayList<>();

    @BeforeEach
    void database() {
        db = TestDatabase.create(Database.H2, "cli");
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private int run(Map<String, String> environment, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        Cli cli = new Cli(new PrintWriter(out), new PrintWriter(err), new PasswordSource(environment, question -> {
            prompts.add(question);
            return "typed".toCharArray();
        }));
        return cli.run(args);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--url", db.url(), "--package", "dev.retort.fixtures.shows"));
        all.addAll(List.of(args));
        return run(Map.of(), all.toArray(String[]::new));
    }

    @Test
    void upgradeCurrentHistoryHeadsDowngrade() {
        assertEquals(0, run("current"));
        assertEquals("<base>\n", out.toString());
        assertEquals(0, run("upgrade", "head"));
        assertEquals(0, run("current"));
        assertEquals(CREATED_BY + " (head)\n", out.toString());
        assertEquals(0, run("heads"));
        assertEquals(CREATED_BY + " (head)\n", out.toString());
        assertEquals(0, run("history"));
        assertEquals(SHOWS + " -> " + CREATED_BY + " (head) (current), add created_by on show\n"
                + USERS + " -> " + SHOWS + ", create shows\n"
                + "<base> -> " + USERS + ", create users\n", out.toString());
        assertEquals(0, run("history", "--verbose"));
        assertTrue(out.toString().startsWith("Rev: " + CREATED_BY + " (head) (current)\nParent: " + SHOWS
                + "\nApplied: "), out.toString());
        assertEquals(0, run("downgrade", "-1"));
        assertEquals(0, run("current"));
        assertEquals(SHOWS + "\n", out.toString());
        assertEquals(0, run("downgrade", "base"));
        assertEquals(0, run("current"));
        assertEquals("<base>\n", out.toString());
        assertEquals(0, run("stamp", "head"));
        assertEquals(0, run("current"));
        assertEquals(CREATED_BY + " (head)\n", out.toString());
    }

    @Test
    void historyShowsAnInterruptedRunAndWhatTheNextRunDoes() throws Exception {
        assertEquals(0, run("upgrade", SHOWS));
        db.execute("UPDATE retort_history SET state = 'upgrading', applied_by = 'ci' WHERE id = '" + SHOWS + "'",
                "DROP TABLE shows");
        assertEquals(0, run("history"));
        assertEquals(SHOWS + " -> " + CREATED_BY + " (head), add created_by on show\n"
                + USERS + " -> " + SHOWS + ", create shows, interrupted (upgrading): it ran 0 of 2 operations;"
                + " the next upgrade or downgrade clears it, or runs it whole with --finish-interrupted\n"
                + "<base> -> " + USERS + " (current), create users\n", out.toString());
        assertEquals(0, run("--finish-interrupted", "history", "--verbose"));
        assertTrue(out.toString().contains("Rev: " + SHOWS + "\nParent: " + USERS + "\nApplied: interrupted"
                + " (upgrading), started "), out.toString());
        assertTrue(out.toString().contains(" by ci\nNext run: it ran 0 of 2 operations; the next upgrade or"
                + " downgrade runs it whole (finish-interrupted is on)\n"), out.toString());
        assertEquals(0, run("--finish-interrupted", "upgrade", SHOWS), err.toString());
        assertEquals(0, run("current"));
        assertEquals(SHOWS + "\n", out.toString());
    }

    @Test
    void checkListsDifferencesAndFails() throws Exception {
        assertEquals(0, run("upgrade", "head"));
        assertEquals(0, run("check"));
        String atHead = "At revision " + CREATED_BY + " (head): ";
        assertEquals(atHead + "the database has the schema the migrations give there.\n"
                + "No differences: the database has the schema of the migrations.\n", out.toString());
        db.execute("ALTER TABLE shows ADD COLUMN extra INTEGER");
        assertEquals(1, run("check"));
        assertEquals(atHead + "1 difference(s) between the database and the schema the migrations give there (stamped"
                + " at the wrong revision, or changed by hand):\n  unexpected: shows.extra integer\n"
                + "1 difference(s) between the database and the migrations:\n  unexpected: shows.extra integer\n",
                out.toString());
    }

    @Test
    void stampAdoptsADatabaseWithoutHistoryAndCheckSaysWhetherItMatchesTheRevision() throws Exception {
        assertEquals(0, run("upgrade", "head"));
        db.execute("DROP TABLE retort_history");
        assertEquals(0, run("stamp", SHOWS));
        assertEquals(0, run("current"));
        assertEquals(SHOWS + "\n", out.toString());
        assertEquals(1, run("check"));
        assertEquals("At revision " + SHOWS + ": 3 difference(s) between the database and the schema the migrations"
                + " give there (stamped at the wrong revision, or changed by hand):\n"
                + "  unexpected: shows foreign key fk_shows_created_by (created_by) references users (id)\n"
                + "  unexpected: shows index idx_shows_created_by (created_by)\n"
                + "  unexpected: shows.created_by bigint\n"
                + "No differences: the database has the schema of the migrations.\n", out.toString());
    }

    @Test
    void offlineSqlRunsNothing() {
        assertEquals(0, run("upgrade", USERS + ":head", "--sql"));
        assertTrue(out.toString().startsWith("-- Running upgrade " + USERS + " -> " + SHOWS + ", create shows\n"
                + "CREATE TABLE shows (\n"), out.toString());
        assertEquals(0, run("downgrade", "head:base", "--sql"));
        assertTrue(out.toString().endsWith("DELETE FROM retort_history WHERE id = '" + USERS + "';\n\n"), out.toString());
        assertEquals(0, run("current"));
        assertEquals("<base>\n", out.toString());
        assertEquals(2, run("downgrade", "-1", "--sql"));
        assertTrue(err.toString().startsWith("downgrade --sql needs a range FROM:TO, e.g. head:base\nUsage:"),
                err.toString());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run(Map.of()));
        assertTrue(err.toString().contains("Usage: retort"), err.toString());
        assertEquals(2, run(Map.of(), "frobnicate"));
        assertEquals(2, run("upgrade"));
        assertTrue(err.toString().startsWith("Missing required parameter"), err.toString());
        assertEquals(2, run(Map.of(), "current"));
        assertTrue(err.toString().startsWith("Missing required option: '--url'\nUsage: retort"), err.toString());
    }

    @Test
    void theMigrationsComeFromTheClassPathGiven(@TempDir Path directory) throws Exception {
        Path classes = CompiledProject.compile(directory, "app.migrations.CreateNotes", """
                package app.migrations;

                import static dev.retort.migration.Dsl.*;

                import dev.retort.annotation.Migration;
                import dev.retort.migration.MigrationScript;
                import dev.retort.migration.Ops;

                @Migration(id = "0a1b2c3d4e5f", description = "create notes")
                public final class CreateNotes implements MigrationScript {
                    @Override public void upgrade(Ops op) {
                        op.createTable("notes", column("id", BIGINT).primaryKey());
                    }

                    @Override public void downgrade(Ops op) {
                        op.dropTable("notes");
                    }
                }
                """);
        assertEquals(0, run(Map.of(), "--url", db.url(), "--classpath", classes.toString(), "--package", "app.migrations",
                "upgrade", "head"));
        assertEquals(0, run(Map.of(), "--url", db.url(), "-cp", classes.toString(), "--package", "app.migrations",
                "history"));
        assertEquals("<base> -> 0a1b2c3d4e5f (head) (current), create notes\n", out.toString());
        assertEquals(1, run(Map.of(), "--url", db.url(), "--classpath", directory.resolve("src").toString(),
                "--package", "app.migrations", "upgrade", "head"));
        assertEquals("FAILED: there are no migrations in --classpath " + directory.resolve("src") + ": build the project"
                + " first, or give --classpath its compiled classes\n", err.toString());
        assertEquals(1, run(Map.of(), "--url", db.url(), "--classpath", directory.resolve("nowhere").toString(),
                "current"));
        assertEquals("FAILED: --classpath names " + directory.resolve("nowhere") + ", which does not exist: give the"
                + " folder of the compiled classes (target/classes) or a jar\n", err.toString());
    }

    @Test
    void revisionWritesAMigrationIntoTheSources(@TempDir Path directory) throws Exception {
        Path sources = directory.resolve("src");
        assertEquals(0, run(Map.of(), "revision", "-m", "create notes", "--sources", sources.toString(),
                "--migrations-package", "app.migrations"));
        Path file = sources.resolve("app/migrations/CreateNotes.java");
        assertTrue(out.toString().startsWith("Wrote " + file + ": CreateNotes (id "), out.toString());
        assertTrue(out.toString().endsWith(", revises <base>). Write its upgrade and downgrade.\n"), out.toString());
        assertTrue(java.nio.file.Files.readString(file).contains("description = \"create notes\""));
        assertEquals(2, run(Map.of(), "revision", "--sources", sources.toString()));
        assertTrue(err.toString().startsWith("Missing required option: '--message=<message>'"), err.toString());
    }

    @Test
    void aTimeoutOutOfRangeIsWrongUsageInOneLine() {
        for (String option : List.of("--lock-timeout", "--ddl-lock-timeout")) {
            for (String seconds : List.of("-5", "3000000", "99999999999999")) {
                assertEquals(2, run(option, seconds, "current"), option + " " + seconds);
                assertEquals(option + " must be from 0 to 86400 seconds (a day), not " + seconds + " seconds\n",
                        err.toString().substring(0, err.toString().indexOf("Usage:")));
            }
        }
        assertEquals(2, run("--lock-timeout", "99999999999999999999", "current"));
        assertTrue(err.toString().startsWith("Invalid value for option '--lock-timeout': '99999999999999999999' is not"
                + " a long\n"), err.toString());
        assertEquals(0, run("--lock-timeout", "86400", "--ddl-lock-timeout", "0", "current"));
    }

    @Test
    void aMigrationWhoseStaticInitializerThrowsIsOneLineForEveryCommandThatLoadsIt(@TempDir Path directory) throws Exception {
        Path classes = CompiledProject.compile(directory, "app.migrations.Explodes", """
                package app.migrations;

                import static dev.retort.migration.Dsl.*;

                import dev.retort.annotation.Migration;
                import dev.retort.migration.MigrationScript;
                import dev.retort.migration.Ops;

                @Migration(id = "0a1b2c3d4e5f", description = "explodes")
                public final class Explodes implements MigrationScript {
                    static final String REGION = System.getProperty("app.never.set").trim();

                    @Override public void upgrade(Ops op) {
                        op.createTable("notes", column("id", BIGINT).primaryKey());
                    }

                    @Override public void downgrade(Ops op) {
                        op.dropTable("notes");
                    }
                }
                """);
        // current reads the history alone: no migration class is loaded, so this one does not stop it.
        assertEquals(0, run(Map.of(), "--url", db.url(), "-cp", classes.toString(), "--package", "app.migrations",
                "current"), err.toString());
        assertEquals("<base>\n", out.toString());
        for (List<String> command : List.of(List.of("history"), List.of("upgrade", "head"),
                List.of("stamp", "head"), List.of("check"), List.of("upgrade", "head", "--sql"))) {
            List<String> args = new ArrayList<>(List.of("--url", db.url(), "-cp", classes.toString(), "--package",
                    "app.migrations"));
            args.addAll(command);
            int code = run(Map.of(), args.toArray(String[]::new));
            assertEquals("FAILED: migration 0a1b2c3d4e5f (app.migrations.Explodes) cannot be created: its static"
                    + " initializer threw java.lang.NullPointerException: Cannot invoke \"String.trim()\" because the"
                    + " return value of \"java.lang.System.getProperty(String)\" is null. Fix what it reads"
                    + " (a setting, a file, a class) or the class itself, then rebuild\n", err.toString(),
                    String.join(" ", command));
            assertEquals(1, code, String.join(" ", command));
        }
    }

    @Test
    void failuresExitWithOne() {
        assertEquals(1, run("upgrade", "nosuchid"));
        assertEquals("FAILED: no migration has the id nosuchid\n", err.toString());
        assertEquals(1, run("downgrade", "-2"));
        assertEquals("FAILED: downgrade -2 asks for 2 migrations but only 0 are applied\n", err.toString());
    }

    @Test
    void thePasswordComesFromTheEnvironmentOrAPromptAndIsNeverPrinted(@TempDir Path directory) {
        String url = "jdbc:h2:" + directory.resolve("secured").toAbsolutePath();
        // The first connection to a new H2 database sets its password.
        assertEquals(0, run(Map.of(PasswordSource.VARIABLE, "s3cret-env"), "--url", url, "--user", "sa",
                "--package", "dev.retort.fixtures.shows", "upgrade", "head"));
        assertEquals(List.of(), prompts);
        assertEquals(0, run(Map.of(PasswordSource.VARIABLE, "s3cret-env"), "--url", url, "--user", "sa",
                "--package", "dev.retort.fixtures.shows", "current"));
        assertEquals(CREATED_BY + " (head)\n", out.toString());
        assertEquals(1, run(Map.of(), "--url", url, "--user", "sa", "--package", "dev.retort.fixtures.shows", "current"));
        assertEquals(List.of("Password for sa: "), prompts);
        assertTrue(err.toString().startsWith("FAILED: database error: Wrong user name or password"), err.toString());
        assertFalse(err.toString().contains("typed") || out.toString().contains("typed"));
        assertFalse(err.toString().contains("s3cret"));
    }
}
