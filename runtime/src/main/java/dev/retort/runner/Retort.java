package dev.retort.runner;

import dev.retort.schema.Schema;
import dev.retort.diff.SchemaDifferences;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import dev.retort.sql.Lock;
import dev.retort.sql.MigrationSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alembic's commands for one database: {@code upgrade}, {@code downgrade}, {@code current},
 * {@code history}, {@code heads}, {@code stamp}, {@code check} and offline SQL. Start with
 * {@link #configure()}. Commands that change the database hold the migration lock.
 */
public final class Retort {

    /** The tables Retort keeps for itself, left out of every schema it reads. */
    public static final Set<String> OWN_TABLES = Stream.concat(Stream.of(HistoryTable.NAME),
                    Arrays.stream(Database.values()).flatMap(d -> d.type().lockTables().stream()))
            .collect(Collectors.toUnmodifiableSet());

    private static final Logger LOG = LoggerFactory.getLogger("retort");

    private final ConnectionSource connections;
    private final String url;
    private final Migrations migrations;
    private final Duration lockTimeout;
    private final Duration ddlLockTimeout;
    private final String appliedBy;
    private final boolean finishInterrupted;
    private Dialect dialect;

    Retort(ConnectionSource connections, String url, Migrations migrations, Duration lockTimeout,
           Duration ddlLockTimeout, String appliedBy, boolean finishInterrupted) {
        this.finishInterrupted = finishInterrupted;
        this.connections = connections;
        this.url = url;
        this.migrations = migrations;
        this.lockTimeout = lockTimeout;
        this.ddlLockTimeout = ddlLockTimeout;
        this.appliedBy = appliedBy;
    }

    public static RetortBuilder configure() {
        return new RetortBuilder();
    }

    public Migrations migrations() {
        return migrations;
    }

    /** Applies the migrations up to {@code head}, an id (or a unique start of one), or {@code +N}. */
    public List<String> upgrade(String target) {
        return locked(connection -> {
            Set<String> applied = verifiedApplied(connection);
            List<LoadedMigration> plan = Plan.upgrade(migrations, applied, target);
            if (plan.isEmpty()) {
                return List.of();
            }
            beforeChanges();
            Schema schema = migrations.schemaOf(applied);
            StepRunner runner = new StepRunner(dialect, this::readLive);
            HistoryTable history = new HistoryTable(dialect);
            // Hashed as recorded, before anything runs, and stored by each migration's end with its row.
            Map<String, String> classHashes = AppliedChecksums.recorded(migrations,
                    plan.stream().map(LoadedMigration::id).toList());
            List<String> done = new ArrayList<>();
            for (LoadedMigration migration : plan) {
                long start = System.nanoTime();
                schema = runner.run(connection, MigrationRun.of(migration.id(), migration.upgrade(),
                        migration.downgrade(), schema), new Journal(history, new AppliedMigration(migration.id(),
                        migration.revises(), migration.description(), migration.checksum(), HistoryTable.now(),
                        appliedBy, 0), Journal.Direction.UPGRADING, classHashes.get(migration.id())));
                LOG.info("Running upgrade {} -> {}, {} ({} ms)", parents(migration), migration.id(),
                        migration.description(), (System.nanoTime() - start) / 1_000_000);
                done.add(migration.id());
            }
            return done;
        });
    }

    /** Undoes migrations down to an id (which stays applied), {@code -N}, or {@code base}. */
    public List<String> downgrade(String target) {
        return locked(connection -> {
            Set<String> applied = new HashSet<>(verifiedApplied(connection));
            List<LoadedMigration> plan = Plan.downgrade(migrations, applied, target);
            if (!plan.isEmpty()) {
                beforeChanges();
            }
            StepRunner runner = new StepRunner(dialect, this::readLive);
            HistoryTable history = new HistoryTable(dialect);
            Map<String, AppliedMigration> rows = new LinkedHashMap<>();
            history.read(connection).forEach(r -> rows.put(r.id(), r));
            List<String> done = new ArrayList<>();
            Schema schema = plan.isEmpty() ? Schema.EMPTY : migrations.schemaOf(applied);
            for (LoadedMigration migration : plan) {
                long start = System.nanoTime();
                schema = runner.run(connection, MigrationRun.of(migration.id(), migration.downgrade(),
                        migration.upgrade(), schema), new Journal(history, rows.get(migration.id()),
                        Journal.Direction.DOWNGRADING));
                applied.remove(migration.id());
                LOG.info("Running downgrade {} -> {}, {} ({} ms)", migration.id(), parents(migration),
                        migration.description(),
                        (System.nanoTime() - start) / 1_000_000);
                done.add(migration.id());
            }
            return done;
        });
    }

    /** The applied migrations that no other applied one revises: where the database is. */
    public List<String> current() {
        return unlocked(connection -> {
            List<AppliedMigration> rows = new HistoryTable(dialect).read(connection);
            Set<String> revised = new HashSet<>();
            rows.forEach(r -> revised.addAll(r.revises()));
            return rows.stream().map(AppliedMigration::id).filter(id -> !revised.contains(id)).toList();
        });
    }

    /** Every migration, newest first, with when it was applied here; and applied ids no migration has. */
    public List<HistoryEntry> history() {
        return unlocked(connection -> {
            HistoryTable history = new HistoryTable(dialect);
            Map<String, AppliedMigration> applied = new LinkedHashMap<>();
            history.read(connection).forEach(r -> applied.put(r.id(), r));
            Optional<AppliedMigration> started = history.interrupted(connection).map(HistoryTable.JournalRow::row);
            Interruption interruption = started.isEmpty() ? null : new Recovery(dialect.on(connection), migrations,
                    history, this::readLive, finishInterrupted).inspect(connection).orElse(null);
            String interruptedId = started.map(AppliedMigration::id).orElse(null);
            List<HistoryEntry> entries = new ArrayList<>();
            List<String> heads = migrations.heads();
            for (LoadedMigration m : migrations.inOrder()) {
                entries.add(0, new HistoryEntry(m.id(), m.revises(), m.description(), m.checksum(),
                        heads.contains(m.id()), true, applied.remove(m.id()),
                        m.id().equals(interruptedId) ? interruption : null));
            }
            applied.values().forEach(r -> entries.add(0, new HistoryEntry(r.id(), r.revises(), r.description(),
                    r.checksum(), false, false, r, null)));
            started.filter(r -> migrations.get(r.id()).isEmpty()).ifPresent(r -> entries.add(0, new HistoryEntry(
                    r.id(), r.revises(), r.description(), r.checksum(), false, false, null, interruption)));
            return entries;
        });
    }

    public List<String> heads() {
        return migrations.heads();
    }

    /** The ids a migration revises, as Alembic writes them: {@code <base>} for the first. */
    static String parents(LoadedMigration migration) {
        return migration.revises().isEmpty() ? "<base>" : String.join(", ", migration.revises());
    }

    /**
     * Records that the database is at {@code target} (an id, {@code head} or {@code base}) without
     * running anything; rows kept take the migrations' current checksums.
     */
    public void stamp(String target) {
        locked(connection -> {
            HistoryTable history = new HistoryTable(dialect);
            history.createIfAbsent(connection);
            Set<String> wanted = target.equals("base") ? Set.of() : migrations.ancestorsOf(migrations.resolve(target));
            Optional<HistoryTable.JournalRow> interrupted = history.interrupted(connection);
            if (interrupted.isPresent()) {
                history.delete(connection, interrupted.get().row().id());
            }
            Map<String, AppliedMigration> rows = new LinkedHashMap<>();
            history.read(connection).forEach(r -> rows.put(r.id(), r));
            for (String id : rows.keySet()) {
                if (!wanted.contains(id)) {
                    history.delete(connection, id);
                }
            }
            for (LoadedMigration m : migrations.inOrder()) {
                AppliedMigration row = rows.get(m.id());
                if (wanted.contains(m.id()) && row == null) {
                    history.insert(connection, new AppliedMigration(m.id(), m.revises(), m.description(),
                            m.checksum(), HistoryTable.now(), appliedBy, 0));
                } else if (wanted.contains(m.id()) && !row.checksum().equals(m.checksum())) {
                    history.updateChecksum(connection, m.id(), m.checksum());
                }
            }
            storeClassHashes(connection, history, AppliedChecksums.recorded(migrations,
                    migrations.order().stream().filter(wanted::contains).toList()));
            LOG.info("Stamped {}", target.equals("base") ? "<base>" : migrations.resolve(target));
            return null;
        });
    }

    /**
     * Adopts a database Retort did not make, as Flyway's {@code baselineOnMigrate} does: when it has
     * tables but no {@code retort_history} (or an empty one: a refused upgrade leaves the table it
     * created), and its schema is the one the migrations give at
     * {@code target}, stamps it there. Refuses, naming the differences, when the schema is another;
     * does nothing (and returns false) to an empty database or one Retort already keeps.
     */
    public boolean baseline(String target) {
        String id = migrations.resolve(target);
        boolean unmanaged = unlocked(connection -> {
            HistoryTable history = new HistoryTable(dialect);
            return !history.exists(connection) || history.read(connection).isEmpty();
        });
        if (!unmanaged || liveSchema().tables().isEmpty()) {
            return false;
        }
        List<String> differences = check(migrations.schemaOf(migrations.ancestorsOf(id)));
        if (!differences.isEmpty()) {
            throw new RetortException("refused to adopt the database at " + id + ": it has tables but no "
                    + HistoryTable.NAME + ", and its schema is not the one the migrations give at " + id + " ("
                    + differences.size() + " difference(s): " + String.join("; ", differences) + "). Choose the"
                    + " revision it is at, or make it match; 'stamp' records a revision without comparing.");
        }
        stamp(id);
        return true;
    }

    /**
     * The differences between the live schema and the one the applied migrations give (the stamped
     * revision); empty when they agree, or when nothing is applied.
     */
    public List<String> checkRevision() {
        Set<String> applied = new HashSet<>();
        for (AppliedMigration row : unlocked(connection -> new HistoryTable(dialect).read(connection))) {
            if (migrations.indexed(row.id()).isPresent()) {
                applied.add(row.id());
            }
        }
        return applied.isEmpty() ? List.of() : check(migrations.schemaOf(applied));
    }

    /**
     * The differences between the live schema and {@code expected}; empty when they agree. Indexes and
     * constraints are compared by shape: their names may differ.
     */
    public List<String> check(Schema expected) {
        Schema live = liveSchema();
        return SchemaDifferences.byShape(dialect.normalise(expected), dialect.normalise(live));
    }

    /**
     * {@link #check(Schema)} against the schema the entity model expects (exported by the processor
     * next to the index), or, for a project without entities, the schema all the migrations give.
     */
    public List<String> check() {
        return check(migrations.modelSchema().orElseGet(migrations::headSchema));
    }

    /** The schema of the database now, without Retort's own tables. */
    public Schema liveSchema() {
        return unlocked(this::readLive);
    }

    private Schema readLive(Connection connection) throws SQLException {
        return KeptValues.withoutKept(dialect.reader().read(connection, OWN_TABLES, migrations.namespaces()));
    }

    /**
     * Offline SQL for an upgrade from {@code from} ({@code base} or an id) to {@code to}
     * ({@code head} or an id), history statements included; no connection is made when the
     * builder was given a URL.
     */
    public String upgradeSql(String from, String to) {
        Set<String> applied = from.equals("base") ? Set.of() : migrations.ancestorsOf(migrations.resolve(from));
        return new OfflineSql(dialect(), migrations, appliedBy)
                .upgrade(applied, Plan.upgrade(migrations, applied, to), from.equals("base"));
    }

    /** Offline SQL for a downgrade from {@code from} ({@code head} or an id) to {@code to} (an id or {@code base}). */
    public String downgradeSql(String from, String to) {
        Set<String> applied = migrations.ancestorsOf(migrations.resolve(from));
        return new OfflineSql(dialect(), migrations, appliedBy)
                .downgrade(applied, Plan.downgrade(migrations, applied, to));
    }

    /**
     * The applied migrations, after recovering from an interrupted run; refused when a checksum
     * changed, a row names no migration, or the history has a gap.
     */
    private Set<String> verifiedApplied(Connection connection) throws SQLException {
        HistoryTable history = new HistoryTable(dialect);
        history.createIfAbsent(connection);
        HistoryTable.Snapshot snapshot = history.snapshot(connection);
        if (snapshot.interrupted()) {
            beforeChanges();
            new Recovery(dialect.on(connection), migrations, history, this::readLive, finishInterrupted).recover(connection);
            snapshot = history.snapshot(connection);
        }
        List<String> problems = new ArrayList<>();
        Set<String> applied = new HashSet<>();
        List<AppliedMigration> rows = snapshot.applied();
        rows.forEach(row -> applied.add(row.id()));
        AppliedChecksums checksums = new AppliedChecksums(migrations,
                rows.stream().map(AppliedMigration::id).filter(id -> migrations.indexed(id).isPresent()).toList(),
                snapshot.classHashes());
        // Where each row's parents are applied, so are all its ancestors: only a gap needs them all.
        boolean gapless = rows.stream().allMatch(row -> migrations.indexed(row.id())
                .map(m -> applied.containsAll(m.revises())).orElse(true));
        for (AppliedMigration row : rows) {
            migrations.indexed(row.id()).ifPresentOrElse(m -> {
                for (String needed : gapless ? Set.<String>of() : migrations.ancestorsOf(m.id())) {
                    if (!applied.contains(needed)) {
                        problems.add("the history holds " + m.id() + " (" + m.description() + ") but not " + needed
                                + ", which it builds on: that row was deleted. If the database has " + needed
                                + "'s changes, run 'stamp " + m.id() + "' to write the row back; if not, repair the"
                                + " schema by hand first");
                    }
                }
                checksums.problem(row).ifPresent(problems::add);
            }, () -> problems.add("the history holds " + row.id() + " (" + row.description()
                    + "), which no migration has: restore that migration, or stamp the database to a known one"));
        }
        if (!problems.isEmpty()) {
            throw new RetortException("refused: " + String.join("\n", problems));
        }
        storeClassHashes(connection, history, checksums.toStore());
        return applied;
    }

    /**
     * Reads what a change may need and a start at head does not (the model's exported schema, which
     * names the SQL schemas a live read covers), so that a damaged export fails the command before it
     * changes anything rather than halfway through.
     */
    private void beforeChanges() {
        migrations.modelSchema();
    }

    /**
     * Stores the class hashes of migrations just verified or written, so that the next start need not
     * load their classes. Where the database refuses the write (a user without write rights on the
     * history), the start goes on: the next one verifies those classes by loading them again.
     */
    private static void storeClassHashes(Connection connection, HistoryTable history, Map<String, String> hashes) {
        try {
            history.writeClassHashes(connection, hashes);
        } catch (SQLException e) {
            LOG.info("Retort: cannot store the class hashes of {} verified migration(s) in {} ({}): the next start"
                    + " loads their classes again", hashes.size(), HistoryTable.NAME, e.getMessage());
        }
    }

    /** The dialect of the database (found from the URL, or by connecting). */
    public Dialect dialect() {
        if (dialect == null) {
            if (url != null) {
                dialect = Dialect.forUrl(url);
            } else {
                unlocked(connection -> null);
            }
        }
        return dialect;
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T unlocked(Work<T> work) {
        try (Connection connection = connections.open()) {
            if (dialect == null) {
                dialect = Dialect.forConnection(connection);
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw new RetortException("database error: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the work holding the lock. A connection to a shared H2 file that breaks before the lock is
     * held (the process serving the file exited) is opened again, within the lock timeout.
     */
    private <T> T locked(Work<T> work) {
        long deadline = System.nanoTime() + lockTimeout.toNanos();
        while (true) {
            try {
                return lockedOnce(work);
            } catch (ServerHandover handover) {
                if (System.nanoTime() > deadline) {
                    throw new RetortException("database error: " + handover.getCause().getMessage(), handover.getCause());
                }
                Sleep.briefly();
            }
        }
    }

    /** A connection to a shared H2 file broke while waiting for the lock: nothing was done yet. */
    private static final class ServerHandover extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServerHandover(SQLException cause) {
            super(cause);
        }
    }

    /**
     * The lock first, then the connection for the work: a connection opened before a long wait may
     * have broken meanwhile (a shared H2 file whose serving process exited).
     */
    private <T> T lockedOnce(Work<T> work) {
        Database database = dialect().database();
        Lock lock = null;
        try {
            lock = database.type().lock(connections.open());
            try {
                if (!lock.acquire(lockTimeout)) {
                    throw new RetortException("another runner has held the migration lock for longer than "
                            + lockTimeout.toMillis() + " ms: try again later, or allow a longer wait (lockTimeout /"
                            + " --lock-timeout)");
                }
            } catch (SQLException e) {
                if (H2FileContention.isContention(e)) {
                    throw new ServerHandover(e);
                }
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetortException("interrupted while waiting for the migration lock", e);
            }
            return unlocked(connection -> {
                MigrationSession session = dialect.prepare(connection, ddlLockTimeout);
                T result;
                try {
                    result = work.run(connection);
                } catch (MigrationFailedException e) {
                    closeQuietly(session);
                    throw LockWaits.explained(e, dialect, connection, ddlLockTimeout);
                } catch (SQLException | RuntimeException e) {
                    closeQuietly(session);
                    throw e;
                }
                try {
                    session.close();
                } catch (SQLException e) {
                    // The command is done: reporting it failed would be false.
                    LOG.warn("Retort: the command is done, but putting the session's settings back failed ({});"
                            + " the connection keeps them until it is closed", e.getMessage());
                }
                return result;
            });
        } catch (SQLException e) {
            throw new RetortException("database error: " + e.getMessage(), e);
        } finally {
            release(lock);
        }
    }

    /** A lock that cannot be released cleanly is released by the database as its connection closes. */
    private static void release(Lock lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.close();
        } catch (SQLException e) {
            LOG.debug("the migration lock's connection closed with an error: {}", e.getMessage());
        }
    }

    private static void closeQuietly(MigrationSession session) {
        try {
            session.close();
        } catch (SQLException ignored) {
            // the command's own failure is the one to report
        }
    }

    @Override
    public String toString() {
        return "Retort(" + migrations.order().size() + " migrations"
                + (url == null ? "" : ", " + url.replaceAll("[?;].*", "")) + ")";
    }
}
