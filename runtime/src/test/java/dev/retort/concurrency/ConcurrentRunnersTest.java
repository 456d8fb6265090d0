package dev.retort.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.fixtures.shows.ShowsIndex;
import dev.retort.runner.Retort;
import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Eight runners in separate JVMs upgrade one database at once, as eight instances of an application
 * starting together do: each either migrates or waits and finds the work done; every migration is
 * applied once; the history and the rows agree. {@value #DEFAULT_TRIALS} trials per database in the
 * default build, {@code -Pfaults} (or {@code -Dretort.concurrency.trials=N}) runs more.
 */
class ConcurrentRunnersTest {

    static final int RUNNERS = 8;
    static final int DEFAULT_TRIALS = 2;
    static final List<String> ALL = List.of(ShowsIndex.USERS, ShowsIndex.SHOWS, ShowsIndex.CREATED_BY);

    private static int trials() {
        return Integer.getInteger("retort.concurrency.trials", DEFAULT_TRIALS);
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"POSTGRESQL", "MARIADB"})
    void eightRunnerProcessesMigrateTheServerOnce(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "procs")) {
            runTrials(db.url());
        }
    }

    /** H2 in a file shared by processes: the first to open it serves the others (AUTO_SERVER). */
    @Test
    void eightRunnerProcessesMigrateAnH2FileWithAutoServerOnce(@TempDir Path directory) throws Exception {
        runTrials("jdbc:h2:file:" + directory.resolve("shared").toAbsolutePath() + ";AUTO_SERVER=TRUE");
    }

    /** A waiter in another process gives up after its lock timeout while this one holds the lock. */
    @Test
    void aWaiterOnAnH2FileWithAutoServerGivesUpAfterItsLockTimeout(@TempDir Path directory) throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("held").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        try (Connection holder = DriverManager.getConnection(url); Statement statement = holder.createStatement()) {
            statement.execute("CREATE TABLE retort_lock (id INTEGER PRIMARY KEY)");
            statement.execute("INSERT INTO retort_lock VALUES (1)");
            holder.setAutoCommit(false);
            statement.executeQuery("SELECT id FROM retort_lock WHERE id = 1 FOR UPDATE").close();
            Process waiter = start(url, "2000");
            assertEquals(true, waiter.waitFor(60, TimeUnit.SECONDS), "the waiter hung");
            String output = new String(waiter.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals("FAILED another runner has held the migration lock for longer than 2000 ms: try again later,"
                    + " or allow a longer wait (lockTimeout / --lock-timeout)", output.lines().reduce((a, b) -> b)
                    .orElse(""), output);
            assertEquals(1, waiter.exitValue());
        }
    }

    private static void runTrials(String url) throws Exception {
        int trials = trials();
        for (int trial = 0; trial < trials; trial++) {
            List<Process> processes = new ArrayList<>();
            for (int runner = 0; runner < RUNNERS; runner++) {
                processes.add(start(url));
            }
            List<String> applied = new ArrayList<>();
            List<String> outcomes = new ArrayList<>();
            for (Process process : processes) {
                if (!process.waitFor(180, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    outcomes.add("hung");
                    continue;
                }
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                String last = output.lines().reduce((a, b) -> b).orElse("");
                outcomes.add(process.exitValue() + " " + last);
                if (process.exitValue() == 0 && last.startsWith("APPLIED ") && last.length() > "APPLIED ".length()) {
                    applied.addAll(List.of(last.substring("APPLIED ".length()).split(",")));
                }
            }
            String context = "trial " + trial + ": " + outcomes;
            assertEquals(List.of(), outcomes.stream().filter(o -> !o.startsWith("0 APPLIED")).toList(), context);
            assertEquals(ALL, applied, context);
            assertEquals(3, count(url, "SELECT COUNT(*) FROM retort_history"), context);
            assertEquals(1, count(url, "SELECT COUNT(*) FROM shows"), context);
            Retort.configure().url(url).migrationsPackage("dev.retort.fixtures.shows").load().downgrade("base");
        }
        System.out.println("concurrent runners on " + url.replaceAll("[?;].*", "") + ": " + trials + " trials x "
                + RUNNERS + " processes, all succeeded or waited, history consistent");
    }

    private static Process start(String url, String... more) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), UpgradeProcess.class.getName(), url,
                "dev.retort.fixtures.shows"));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
