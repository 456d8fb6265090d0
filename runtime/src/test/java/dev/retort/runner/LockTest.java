package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.fixtures.shows.ShowsIndex;
import dev.retort.sql.Database;
import dev.retort.sql.Lock;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Concurrent runners migrate once; a lock whose holder died is released by the database. */
class LockTest {

    private static final int RUNNERS = 8;
    private static final int TRIALS = 25;

    @ParameterizedTest
    @EnumSource(Database.class)
    void eightConcurrentRunnersApplyEachMigrationExactlyOnce(Database database) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RUNNERS);
        try (TestDatabase db = TestDatabase.create(database, "lock")) {
            for (int trial = 0; trial < TRIALS; trial++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<String>>> results = new ArrayList<>();
                for (int runner = 0; runner < RUNNERS; runner++) {
                    Retort retort = retort(db, Duration.ofSeconds(60));
                    Callable<List<String>> upgrade = () -> {
                        start.await();
                        return retort.upgrade("head");
                    };
                    results.add(pool.submit(upgrade));
                }
                start.countDown();
                List<String> applied = new ArrayList<>();
                for (Future<List<String>> result : results) {
                    applied.addAll(result.get());
                }
                assertEquals(List.of(ShowsIndex.USERS, ShowsIndex.SHOWS, ShowsIndex.CREATED_BY), applied,
                        "trial " + trial);
                assertEquals(3, count(db, "SELECT COUNT(*) FROM retort_history"), "trial " + trial);
                assertEquals(1, count(db, "SELECT COUNT(*) FROM shows"), "trial " + trial);
                retort(db, Duration.ofSeconds(10)).downgrade("base");
                assertEquals(0, count(db, "SELECT COUNT(*) FROM retort_history"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theWaitIsBoundedAndADeadHoldersLockIsReleased(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "deadlock")) {
            Connection holder = db.connect();
            Lock lock = database.type().lock(holder);
            assertTrue(lock.acquire(Duration.ofSeconds(5)));
            long start = System.nanoTime();
            RetortException timedOut = assertThrows(RetortException.class,
                    () -> retort(db, Duration.ofMillis(300)).upgrade("head"));
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(timedOut.getMessage().startsWith("another runner has held the migration lock for longer than 300 ms"),
                    timedOut.getMessage());
            assertTrue(waitedMs >= 250 && waitedMs < 5000, "waited " + waitedMs + " ms");
            holder.close(); // the holder dies without releasing: no stuck lock
            assertEquals(3, retort(db, Duration.ofSeconds(10)).upgrade("head").size());
        }
    }

    private static Retort retort(TestDatabase db, Duration lockTimeout) {
        return Retort.configure().url(db.url()).migrationsPackage("dev.retort.fixtures.shows")
                .lockTimeout(lockTimeout).load();
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
