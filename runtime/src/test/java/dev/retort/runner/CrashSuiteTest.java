package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.sql.Database;
import dev.retort.testing.DatabaseState;
import dev.retort.testing.FaultyConnections;
import dev.retort.testing.FaultyConnections.Fault;
import dev.retort.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The crash suite: a runner in a JVM of its own halts at the N-th counted statement of a migration
 * of {@code FaultsIndex} (before the statement runs, or just after) while the database lives on (H2
 * through its TCP server, as a PostgreSQL or MariaDB server), then this JVM runs the same
 * command again. The rerun must recover (undo what the killed run did, by default, or finish it with
 * {@code finishInterrupted}, on alternate trials), say that an earlier run was interrupted, and leave
 * the database exactly as the command leaves it. Bounded (a JVM a trial): every fourth statement of the
 * upgrade with data steps and of the destructive migration's downgrade, one halt each, in turn; with
 * {@code -Pfaults}, every statement of every migration both ways, both halts.
 */
class CrashSuiteTest {

    private static final boolean FULL = "full".equals(System.getProperty("retort.faults"));

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(Database.class)
    void aRunnerKilledAtAnyStatementIsRecoveredFromByTheNextRun(Database database) throws Exception {
        String only = System.getProperty("retort.crash.only");
        org.junit.jupiter.api.Assumptions.assumeTrue(only == null || only.equals(database.name()));
        List<String> problems = new ArrayList<>();
        int trials = 0;
        int recovered = 0;
        org.h2.tools.Server server = null;
        if (database == Database.H2) {
            server = org.h2.tools.Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir",
                    directory.toString()).start();
        }
        try (TestDatabase db = database == Database.H2
                ? TestDatabase.h2Server("jdbc:h2:tcp://localhost:" + server.getPort(), "crash")
                : TestDatabase.create(database, "crash")) {
            List<String> ids = clean(db, false).migrations().order();
            int applied = 0;
            for (int m = 0; m < ids.size(); m++) {
                for (boolean upgrade : List.of(true, false)) {
                    if (!FULL && !(upgrade && m == 1 || !upgrade && m == 3)) {
                        continue;
                    }
                    int wanted = upgrade ? m : m + 1;
                    if (applied != wanted) {
                        clean(db, false).upgrade(ids.get(wanted - 1));
                        applied = wanted;
                    }
                    String target = upgrade ? ids.get(m) : m == 0 ? "base" : ids.get(m - 1);
                    DatabaseState from = DatabaseState.of(clean(db, false), db);
                    FaultyConnections counting = FaultyConnections.counting(db.url());
                    run(Retort.configure().dataSource(counting.dataSource()).migrationsPackage(FaultSuiteTest.PACKAGE)
                            .load(), upgrade, target);
                    DatabaseState to = DatabaseState.of(clean(db, false), db);
                    run(clean(db, false), !upgrade, upgrade ? (m == 0 ? "base" : ids.get(m - 1)) : ids.get(m));
                    for (int n = 1; n <= counting.counted().size(); n++) {
                        if (!FULL && n % 4 != 1) {
                            continue;
                        }
                        for (Fault halt : FULL ? List.of(Fault.HALT, Fault.HALT_AFTER)
                                : List.of(n % 2 == 1 ? Fault.HALT : Fault.HALT_AFTER)) {
                            trials++;
                            String trial = database + " " + ids.get(m) + (upgrade ? " up " : " down ") + halt + " at " + n
                                    + " (" + counting.counted().get(n - 1) + ")";
                            String outcome = trial(db, upgrade, target, n, halt, from, to);
                            if (outcome.isEmpty()) {
                                recovered++;
                            } else {
                                problems.add(trial + ": " + outcome);
                                db.close();
                                throw new AssertionError(String.join("\n", problems));
                            }
                        }
                    }
                }
            }
        }
        if (server != null) {
            server.stop();
        }
        System.out.println("\nCrash suite on " + database + (FULL ? " (full)" : "") + ": " + recovered + " of " + trials
                + " recovered");
        problems.forEach(System.out::println);
        assertEquals(List.of(), problems);
    }

    /**
     * A runner killed just after it dropped a column with values (the destructive migration's upgrade):
     * the next command's recovery puts the values back, kept aside before the drop, and says nothing
     * was lost.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aRunnerKilledAfterADropHasTheValuesPutBackByTheNextRun(Database database) throws Exception {
        org.h2.tools.Server server = database == Database.H2 ? org.h2.tools.Server.createTcpServer("-tcpPort", "0",
                "-ifNotExists", "-baseDir", directory.toString()).start() : null;
        try (TestDatabase db = database == Database.H2
                ? TestDatabase.h2Server("jdbc:h2:tcp://localhost:" + server.getPort(), "crash")
                : TestDatabase.create(database, "crash")) {
            clean(db, false).upgrade(dev.retort.fixtures.faults.FaultsIndex.PERMISSIONS);
            FaultyConnections counting = FaultyConnections.counting(db.url());
            run(Retort.configure().dataSource(counting.dataSource()).migrationsPackage(FaultSuiteTest.PACKAGE).load(),
                    true, "+1");
            clean(db, false).downgrade("-1");
            List<String> statements = counting.counted();
            int n = 1;
            while (!statements.get(n - 1).toUpperCase(java.util.Locale.ROOT).contains("DROP COLUMN")) {
                n++;
            }
            // Values the column's default would not give back.
            db.execute("UPDATE accounts SET role = 'owner' WHERE id = 1");
            DatabaseState from = DatabaseState.of(clean(db, false), db);
            String killed = kill(db, true, "+1", n, Fault.HALT_AFTER);
            assertEquals("", killed);
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream err = System.err;
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try {
                clean(db, false).upgrade(dev.retort.fixtures.faults.FaultsIndex.PERMISSIONS);
            } finally {
                System.setErr(err);
                err.print(log.toString(StandardCharsets.UTF_8));
            }
            String said = log.toString(StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(said.contains("an earlier run was interrupted while upgrading to "
                    + dev.retort.fixtures.faults.FaultsIndex.DESTRUCTIVE) && !said.contains("could not come back")
                    && (database == Database.POSTGRESQL || said.contains("(put back from the copies kept before the drops:"
                    + " the values of accounts.role)")), said);
            assertEquals("", DatabaseState.of(clean(db, false), db).differencesFrom(from));
        } finally {
            if (server != null) {
                server.stop();
            }
        }
    }

    /** One killed run and its rerun; what went wrong, or nothing. */
    private String trial(TestDatabase db, boolean upgrade, String target, int n, Fault halt, DatabaseState from,
                         DatabaseState to) throws Exception {
        String killed = kill(db, upgrade, target, n, halt);
        if (!killed.isEmpty()) {
            return killed;
        }
        boolean interrupted = journalLeft(db);
        boolean finish = n % 2 == 0;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            run(clean(db, finish), upgrade, target);
        } catch (RetortException e) {
            return "the rerun failed: " + e.getMessage();
        } finally {
            System.setErr(err);
            err.print(log.toString(StandardCharsets.UTF_8));
        }
        if (interrupted && !log.toString(StandardCharsets.UTF_8).contains("an earlier run was interrupted")) {
            return "the rerun did not say that an earlier run was interrupted";
        }
        DatabaseState state = DatabaseState.of(clean(db, false), db);
        if (!state.equals(to)) {
            return "the rerun left " + state.differencesFrom(to);
        }
        run(clean(db, false), !upgrade, undoTarget(db, upgrade, target));
        if (!DatabaseState.of(clean(db, false), db).equals(from)) {
            return "the way back did not give the state before";
        }
        return "";
    }

    /** A runner in a JVM of its own, halted at the {@code n}-th counted statement; what went wrong, or nothing. */
    private String kill(TestDatabase db, boolean upgrade, String target, int n, Fault halt) throws Exception {
        Path childLog = Files.createTempFile(directory, "crash", ".log");
        Process child = CrashingRunner.start(db.url(), upgrade, target, n, halt, childLog);
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
            return "the killed runner hung";
        }
        if (child.exitValue() != 137) {
            return "the runner was not killed (exit " + child.exitValue() + "): " + Files.readString(childLog);
        }
        return "";
    }

    private static String undoTarget(TestDatabase db, boolean upgrade, String target) {
        Retort retort = clean(db, false);
        List<String> order = retort.migrations().order();
        if (upgrade) {
            int index = order.indexOf(target);
            return index == 0 ? "base" : order.get(index - 1);
        }
        return target.equals("base") ? order.get(0) : order.get(order.indexOf(target) + 1);
    }

    private static boolean journalLeft(TestDatabase db) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM retort_history WHERE state IS NOT NULL")) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static void run(Retort retort, boolean upgrade, String target) {
        if (upgrade) {
            retort.upgrade(target);
        } else {
            retort.downgrade(target);
        }
    }

    private static Retort clean(TestDatabase db, boolean finish) {
        return Retort.configure().url(db.url()).migrationsPackage(FaultSuiteTest.PACKAGE).finishInterrupted(finish).load();
    }
}
