package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.retort.fixtures.faults.FaultsIndex;
import dev.retort.sql.Database;
import dev.retort.testing.FaultyConnections;
import dev.retort.testing.FaultyConnections.Fault;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code history} after a runner was halted in the middle of "many kinds" (where DDL commits at
 * once, just before its first statement after the first committed data step): the entry is interrupted, says how far its data
 * steps were committed and what the next run does (undo, or finish with finish-interrupted), and
 * the next run does that.
 */
class InterruptedHistoryTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(Database.class)
    void anInterruptedRunIsShownWithWhatTheNextRunDoes(Database database) throws Exception {
        org.h2.tools.Server server = database != Database.H2 ? null : org.h2.tools.Server.createTcpServer(
                "-tcpPort", "0", "-ifNotExists", "-baseDir", directory.toString()).start();
        try (TestDatabase db = server != null
                ? TestDatabase.h2Server("jdbc:h2:tcp://localhost:" + server.getPort(), "interrupted")
                : TestDatabase.create(database, "interrupted")) {
            retort(db, false).upgrade(FaultsIndex.ACCOUNTS);
            FaultyConnections counting = FaultyConnections.counting(db.url());
            Retort.configure().dataSource(counting.dataSource()).migrationsPackage(FaultSuiteTest.PACKAGE).load()
                    .upgrade("+1");
            retort(db, false).downgrade("-1");
            boolean transactional = database == Database.POSTGRESQL;
            // Where DDL commits at once, just after the first data step's commit; on PostgreSQL, in the
            // middle of the migration's one transaction.
            int halt = transactional ? counting.counted().indexOf("UPDATE accounts SET role = 'member'") + 2
                    : counting.counted().indexOf("COMMIT") + 2;
            Process runner = CrashingRunner.start(db.url(), true, "+1", halt, Fault.HALT,
                    Files.createTempFile(directory, "runner", ".log"));
            assertEquals(true, runner.waitFor(120, TimeUnit.SECONDS));
            assertEquals(137, runner.exitValue());

            Interruption interruption = retort(db, false).history().get(2).interruption();
            assertEquals(transactional ? "interrupted (upgrading)"
                    : "interrupted (upgrading, data steps before operation 3 committed)", interruption.state());
            assertEquals(transactional
                    ? "it ran 0 of 14 operations; the next upgrade or downgrade clears it, or runs it whole with"
                            + " --finish-interrupted"
                    : "it ran 2 of 14 operations; the next upgrade or downgrade undoes them, or finishes the migration with"
                            + " --finish-interrupted", interruption.next());
            assertEquals(transactional
                    ? "it ran 0 of 14 operations; the next upgrade or downgrade runs it whole (finish-interrupted"
                            + " is on)"
                    : "it ran 2 of 14 operations; the next upgrade or downgrade finishes it (finish-interrupted is on)",
                    retort(db, true).history().get(2).interruption().next());
            HistoryEntry kinds = retort(db, false).history().get(2);
            assertEquals(FaultsIndex.KINDS, kinds.id());
            assertFalse(kinds.isApplied());
            assertNull(retort(db, false).history().get(3).interruption());

            assertEquals(List.of(), retort(db, true).upgrade(FaultsIndex.KINDS));
            assertEquals(List.of(FaultsIndex.KINDS), retort(db, false).current());
            assertNull(retort(db, false).history().get(2).interruption());
        } finally {
            if (server != null) {
                server.stop();
            }
        }
    }

    private static Retort retort(TestDatabase db, boolean finish) {
        return Retort.configure().url(db.url()).migrationsPackage(FaultSuiteTest.PACKAGE).finishInterrupted(finish)
                .load();
    }
}
