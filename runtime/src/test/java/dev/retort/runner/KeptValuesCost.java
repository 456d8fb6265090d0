package dev.retort.runner;

import dev.retort.migration.RecordingOps;
import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What keeping a dropped column's values costs on H2 (bench/kept-values.sh): a migration dropping a
 * NOT NULL column of a table of N rows through the runner (the values copied aside, the copy dropped
 * at the end) against the bare {@code ALTER TABLE ... DROP COLUMN}; and the undo of a failure after the
 * drop (re-add, put the values back, NOT NULL again). Medians of five runs, each on a fresh table.
 */
public final class KeptValuesCost {

    private KeptValuesCost() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Dialect dialect = Dialect.of(Database.H2);
        StepRunner runner = new StepRunner(dialect, c -> KeptValues.withoutKept(dialect.reader().read(c,
                Retort.OWN_TABLES)));
        List<Long> bare = new ArrayList<>();
        List<Long> kept = new ArrayList<>();
        List<Long> undone = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:cost" + round)) {
                new HistoryTable(dialect).createIfAbsent(connection);
                Schema before = fill(connection, dialect, rows);
                long start = System.nanoTime();
                execute(connection, "ALTER TABLE people DROP COLUMN email");
                bare.add(System.nanoTime() - start);
                execute(connection, "DROP TABLE people");

                fill(connection, dialect, rows);
                start = System.nanoTime();
                runner.run(connection, run("c" + round, "UPDATE people SET nick = nick WHERE id = 0", before),
                        journal(dialect, "c" + round));
                kept.add(System.nanoTime() - start);
                execute(connection, "DROP TABLE people");

                fill(connection, dialect, rows);
                start = System.nanoTime();
                try {
                    runner.run(connection, run("f" + round, "INSERT INTO nowhere VALUES (1)", before),
                            journal(dialect, "f" + round));
                    throw new IllegalStateException("the failing migration ran");
                } catch (MigrationFailedException expected) {
                    undone.add(System.nanoTime() - start);
                }
                try (Statement statement = connection.createStatement(); var rs = statement.executeQuery(
                        "SELECT COUNT(*) FROM people WHERE email = CONCAT('user', id, '@example.org')")) {
                    if (!rs.next() || rs.getInt(1) != rows) {
                        throw new IllegalStateException("the undo did not put every value back");
                    }
                }
            }
        }
        System.out.printf("H2, %d rows, median of 5 (ms):%n", rows);
        System.out.printf("  ALTER TABLE people DROP COLUMN email, bare:           %6.0f%n", median(bare));
        System.out.printf("  the same through the runner (kept, copy dropped):     %6.0f%n", median(kept));
        System.out.printf("  extra for keeping:                                    %6.0f%n", median(kept) - median(bare));
        System.out.printf("  a failure after the drop, undone with the values back: %6.0f%n", median(undone));
    }

    private static MigrationRun run(String id, String last, Schema before) {
        RecordingOps op = new RecordingOps();
        op.dropColumn("people", "email");
        op.execute(last);
        List<Operation> operations = op.operations();
        return MigrationRun.of(id, operations, List.of(), before);
    }

    private static Journal journal(Dialect dialect, String id) {
        return new Journal(new HistoryTable(dialect), new AppliedMigration(id, List.of(), "cost", "0",
                HistoryTable.now(), "bench", 0), Journal.Direction.UPGRADING);
    }

    private static Schema fill(Connection connection, Dialect dialect, int rows) throws SQLException {
        execute(connection, "CREATE TABLE people (id INTEGER PRIMARY KEY, email VARCHAR(60) NOT NULL, nick VARCHAR(20))");
        execute(connection, "INSERT INTO people (id, email, nick) SELECT X, CONCAT('user', X, '@example.org'),"
                + " CONCAT('n', X) FROM SYSTEM_RANGE(1, " + rows + ")");
        return dialect.reader().read(connection, Retort.OWN_TABLES);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }
}
