package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.diff.SchemaDifferences;
import dev.retort.fixtures.faults.FaultsIndex;
import dev.retort.sql.Dialect;
import dev.retort.sql.Database;
import dev.retort.testing.DatabaseState;
import dev.retort.testing.FaultyConnections;
import dev.retort.testing.FaultyConnections.Fault;
import dev.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fault suite: through {@link Retort}, every counted statement of every migration of
 * {@link FaultsIndex} fails in turn, upgrading and downgrading, rejected or run with its
 * acknowledgement lost (the history write, the commit and data steps among them). After each trial
 * the database must be exactly as before the command or exactly as after it (schema, every row,
 * history), or the failure's message must name the data that could not come back (a dropped table's
 * rows, a dropped column's values); the history must say which (or mark the migration interrupted
 * at a point the next run finds); a rerun without faults must complete the command; and the command
 * reports a failure exactly when the database is not migrated. The bounded run fails one statement in two, one way each; with
 * {@code -Dretort.faults=full} (the {@code faults} profile) every statement fails both ways, and
 * again with the statement after the fault rejected too: the undo's own first statement fails.
 */
class FaultSuiteTest {

    static final String PACKAGE = "dev.retort.fixtures.faults";
    private static final boolean FULL = "full".equals(System.getProperty("retort.faults"));
    /** Narrows the suite to the trials whose name ({@code H2 <id> down REJECTED+undo at 3}) contains this. */
    private static final String ONLY = System.getProperty("retort.faults.only", "");

    private final Map<String, int[]> figures = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private TestDatabase db;

    @ParameterizedTest
    @EnumSource(Database.class)
    void everyStatementFailingLeavesTheDatabaseBeforeOrAfterAndTheHistoryTruthful(Database database)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(ONLY.isEmpty() || ONLY.startsWith(database + " ")
                || !ONLY.matches("(H2|POSTGRESQL|MARIADB) .*"), "retort.faults.only names another database");
        db = TestDatabase.create(database, "faults");
        try {
            List<String> ids = Retort.configure().url(db.url()).migrationsPackage(PACKAGE).load().migrations().order();
            for (int m = 0; m < ids.size(); m++) {
                DatabaseState before = DatabaseState.of(clean(db), db);
                FaultyConnections up = FaultyConnections.counting(db.url());
                retort(up).upgrade("+1");
                DatabaseState after = DatabaseState.of(clean(db), db);
                FaultyConnections down = FaultyConnections.counting(db.url());
                retort(down).downgrade("-1");
                assertEquals("", DatabaseState.of(clean(db), db).differencesFrom(before), "round trip of " + ids.get(m));
                List<Fault> faults = List.of(Fault.REJECTED, Fault.LOST_ACKNOWLEDGEMENT);
                List<Boolean> undoFails = FULL ? List.of(false, true) : List.of(false);
                for (Fault fault : faults) {
                    for (boolean undoFail : undoFails) {
                        for (int n = 1; n <= up.counted().size(); n++) {
                            if (sampled(fault, n) && selected(database, ids.get(m) + " up", fault, undoFail, n)
                                    && !trial(ids.get(m) + " up", fault, n, undoFail, before, after, up.counted(), true)) {
                                replace(m);
                            }
                        }
                        clean(db).upgrade("+1");
                        for (int n = 1; n <= down.counted().size(); n++) {
                            if (sampled(fault, n) && selected(database, ids.get(m) + " down", fault, undoFail, n)
                                    && !trial(ids.get(m) + " down", fault, n, undoFail, after, before, down.counted(), false)) {
                                replace(m + 1);
                            }
                        }
                        clean(db).downgrade("-1");
                    }
                }
                clean(db).upgrade("+1");
            }
            print(database);
            assertEquals(List.of(), problems.subList(0, Math.min(10, problems.size())), problems.size() + " problems");
        } finally {
            db.close();
        }
    }

    /** In the bounded run, one statement in two fails, one way, the next one the other way; in the full run, every one every way. */
    private static boolean sampled(Fault fault, int n) {
        return FULL || (n + fault.ordinal()) % 4 == 0;
    }

    private static boolean selected(Database database, String step, Fault fault, boolean undoFail, int n) {
        return (name(database, step, fault, undoFail, n) + " ").contains(ONLY);
    }

    private static String name(Database database, String step, Fault fault, boolean undoFail, int n) {
        return database + " " + step + " " + fault + (undoFail ? "+undo" : "") + " at " + n;
    }

    /** A database that a trial left broken is replaced by a new one with the same migrations applied. */
    private void replace(int applied) throws Exception {
        Database database = db.database();
        db.close();
        db = TestDatabase.create(database, "faults");
        if (applied > 0) {
            clean(db).upgrade("+" + applied);
        }
    }

    /**
     * One faulty command from {@code from}; then the figures; then a rerun without faults, which must
     * reach {@code to}; then back to {@code from} for the next trial.
     */
    private boolean trial(String step, Fault fault, int n, boolean undoFail, DatabaseState from,
                       DatabaseState to, List<String> statements, boolean upgrade) throws Exception {
        FaultyConnections faulty = FaultyConnections.failing(db.url(), fault, n, undoFail);
        String message = "";
        try {
            run(retort(faulty), upgrade);
        } catch (RetortException e) {
            message = e.getMessage();
        }
        DatabaseState state = DatabaseState.of(clean(db), db);
        boolean exact = state.equals(from) || state.equals(to);
        boolean named = !exact && message.contains("What could not come back:");
        boolean truthful = truthful(state);
        String trial = name(db.database(), step, fault, undoFail, n) + " ("
                + statements.get(n - 1) + ")";
        if (!exact && !named) {
            problems.add(trial + ": not restored: " + state.differencesFrom(from) + "\n  message: " + message);
        }
        if (state.equals(to) != message.isEmpty()) {
            problems.add(trial + ": the command " + (message.isEmpty() ? "reported success" : "reported a failure")
                    + " but the database is " + (state.equals(to) ? "migrated" : "not migrated") + "\n  message: " + message);
        }
        if (!truthful) {
            problems.add(trial + ": history untruthful: " + state.history() + "\n  message: " + message);
        }
        boolean rerun = true;
        try {
            if (!state.equals(to)) {
                run(clean(db), upgrade);
                DatabaseState rerunState = DatabaseState.of(clean(db), db);
                if (!rerunState.equals(to)) {
                    rerun = false;
                    problems.add(trial + ": the rerun left " + rerunState.differencesFrom(to));
                }
            }
        } catch (RetortException e) {
            rerun = false;
            problems.add(trial + ": the rerun failed: " + e.getMessage());
        }
        int[] counts = figures.computeIfAbsent(db.database() + " " + (upgrade ? "upgrade" : "downgrade") + " " + fault
                + (undoFail ? "+undo" : ""), k -> new int[5]);
        counts[0]++;
        counts[1] += exact ? 1 : 0;
        counts[2] += named ? 1 : 0;
        counts[3] += truthful ? 1 : 0;
        counts[4] += rerun ? 1 : 0;
        if (rerun) {
            run(clean(db), !upgrade);
        }
        return rerun;
    }

    private static void run(Retort retort, boolean upgrade) {
        if (upgrade) {
            retort.upgrade("+1");
        } else {
            retort.downgrade("-1");
        }
    }

    /**
     * Whether the history tells the truth: the live schema is the one its applied migrations give, or,
     * where it marks a migration interrupted, one the next run can find a point of that migration at.
     */
    private boolean truthful(DatabaseState state) {
        Retort retort = clean(db);
        Set<String> applied = new java.util.HashSet<>(retort.history().stream().filter(HistoryEntry::isApplied)
                .map(HistoryEntry::id).toList());
        Dialect dialect = retort.dialect();
        for (String row : state.history()) {
            String[] idAndState = row.split(" ");
            if (idAndState.length > 1 && !idAndState[1].equals("null")) {
                LoadedMigration migration = retort.migrations().get(idAndState[0]).orElseThrow();
                boolean up = idAndState[1].startsWith("upgrading");
                if (!up) {
                    applied.add(migration.id());
                }
                return SchemaPoints.of(retort.migrations().schemaOf(applied), up ? migration.upgrade()
                        : migration.downgrade()).locate(dialect, state.schema()).isPresent();
            }
        }
        return SchemaDifferences.byShape(dialect.normalise(retort.migrations().schemaOf(applied)),
                dialect.normalise(state.schema())).isEmpty();
    }

    private void print(Database database) {
        StringBuilder table = new StringBuilder("\nFault suite on " + database + (FULL ? " (full)" : "")
                + "\n| trial | trials | restored exactly | data lost, named | history truthful | rerun completes |"
                + "\n|---|---|---|---|---|---|\n");
        int[] total = new int[5];
        figures.forEach((name, counts) -> {
            table.append("| ").append(name);
            for (int i = 0; i < 5; i++) {
                table.append(" | ").append(counts[i]);
                total[i] += counts[i];
            }
            table.append(" |\n");
        });
        table.append("| total");
        for (int count : total) {
            table.append(" | ").append(count);
        }
        table.append(" |\n");
        System.out.println(table);
        problems.forEach(System.out::println);
    }

    private static Retort clean(TestDatabase db) {
        return Retort.configure().url(db.url()).migrationsPackage(PACKAGE).load();
    }

    private static Retort retort(FaultyConnections connections) {
        return Retort.configure().dataSource(connections.dataSource()).migrationsPackage(PACKAGE).load();
    }
}
