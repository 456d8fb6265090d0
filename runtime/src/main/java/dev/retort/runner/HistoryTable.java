package dev.retort.runner;

import dev.retort.operation.AddColumn;
import dev.retort.operation.CreateTable;
import dev.retort.schema.Column;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.sql.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The table {@code retort_history}: one row per applied migration, and the journal of the migration
 * running now. Its {@code state} is null (or {@code applied}) for an applied migration,
 * {@link Journal.Direction#UPGRADING upgrading} from before an upgrade's first statement until its
 * end, and {@link Journal.Direction#DOWNGRADING downgrading} likewise for a downgrade: a row left
 * upgrading or downgrading is a run that was interrupted. Its {@code class_hash} lets a start skip
 * loading a migration whose class did not change since it was last verified ({@link ClassHashes}). A
 * table made by an older Retort gains these columns in place; an older Retort reading it sees an
 * interrupted upgrade as applied, and ignores the hashes.
 */
public final class HistoryTable {

    private static final Logger LOG = LoggerFactory.getLogger("retort");

    public static final String NAME = "retort_history";

    static final Column STATE = new Column("state", SqlType.varchar(16), true, null, false);

    private static final Table BEFORE_JOURNAL = Table.of(NAME, List.of(
            new Column("id", SqlType.varchar(64), false, null, false),
            new Column("revises", SqlType.varchar(1000), true, null, false),
            new Column("description", SqlType.varchar(1000), false, null, false),
            new Column("checksum", SqlType.varchar(64), false, null, false),
            new Column("applied_at", SqlType.of(SqlType.Kind.TIMESTAMP), false, null, false),
            new Column("applied_by", SqlType.varchar(255), false, null, false),
            new Column("duration_ms", SqlType.of(SqlType.Kind.BIGINT), false, null, false)),
            PrimaryKey.of("id"), List.of());

    static final Column CLASS_HASH = new Column("class_hash", SqlType.varchar(64), true, null, false);

    static final Table TABLE = BEFORE_JOURNAL.withColumn(STATE).withColumn(CLASS_HASH);

    private static final String COLUMNS = "id, revises, description, checksum, applied_at, applied_by, duration_ms";

    private final Dialect dialect;
    /** Known to exist with all its columns: the catalog need not be asked again. */
    private boolean ready;
    /** Whether the table has its {@code class_hash} column; null until known. */
    private Boolean hashed;

    HistoryTable(Dialect dialect) {
        this.dialect = dialect;
    }

    List<String> createStatements() {
        return dialect.render(new CreateTable(TABLE), Schema.EMPTY);
    }

    boolean exists(Connection connection) throws SQLException {
        return OwnTables.exists(connection, NAME);
    }

    /**
     * Creates the table, or gives one made by an older Retort the columns it lacks: {@code state} (the
     * journal) and {@code class_hash}. The hash column is an optimisation: where the database refuses
     * to add it (a user without the right to alter the table), the table is used without it.
     */
    void createIfAbsent(Connection connection) throws SQLException {
        Set<String> columns = columns(connection);
        boolean existed = !columns.isEmpty();
        List<String> statements = !existed ? createStatements()
                : columns.contains(STATE.name()) ? List.of()
                : dialect.render(new AddColumn(NAME, STATE), Schema.EMPTY.withTable(BEFORE_JOURNAL));
        execute(connection, statements);
        ready = true;
        hashed = !existed || columns.contains(CLASS_HASH.name());
        if (!hashed) {
            try {
                execute(connection, dialect.render(new AddColumn(NAME, CLASS_HASH),
                        Schema.EMPTY.withTable(BEFORE_JOURNAL.withColumn(STATE))));
                hashed = true;
            } catch (SQLException e) {
                LOG.info("Retort: cannot add the column class_hash to {} ({}): each start loads every applied"
                        + " migration's class to verify it", NAME, e.getMessage());
            }
        }
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private boolean hasColumn(Connection connection, Column wanted) throws SQLException {
        return columns(connection).contains(wanted.name());
    }

    /** The table's column names in lower case, read from the catalog in one query where the name is found as written. */
    private Set<String> columns(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String table : List.of(NAME, NAME.toUpperCase(Locale.ROOT))) {
            Set<String> names = new HashSet<>();
            try (ResultSet rs = metaData.getColumns(connection.getCatalog(), connection.getSchema(), table, null)) {
                while (rs.next()) {
                    if (rs.getString("TABLE_NAME").equalsIgnoreCase(NAME)) {
                        names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (!names.isEmpty()) {
                return names;
            }
        }
        return Set.of();
    }

    private boolean hashed(Connection connection) throws SQLException {
        if (hashed == null) {
            hashed = hasColumn(connection, CLASS_HASH);
        }
        return hashed;
    }

    /** Stores class hashes by migration id, in one batch. */
    void writeClassHashes(Connection connection, Map<String, String> hashes) throws SQLException {
        if (hashes.isEmpty() || !hashed(connection)) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + NAME + " SET class_hash = ? WHERE id = ?")) {
            for (Map.Entry<String, String> hash : hashes.entrySet()) {
                update.setString(1, hash.getValue());
                update.setString(2, hash.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The applied rows, or none when the table does not exist yet. */
    List<AppliedMigration> read(Connection connection) throws SQLException {
        return rows(connection, false).stream().filter(row -> row.direction() == null).map(JournalRow::row).toList();
    }

    /** The migration an interrupted run left started, if one did. */
    Optional<JournalRow> interrupted(Connection connection) throws SQLException {
        return rows(connection, true).stream().filter(row -> row.direction() != null).findFirst();
    }

    /** The row of one migration, applied or started. */
    Optional<JournalRow> row(Connection connection, String id) throws SQLException {
        return rows(connection, false).stream().filter(row -> row.row().id().equals(id)).findFirst();
    }

    /**
     * Every row with its state and class hash, in one query: what a command needs before it starts,
     * where separate reads of the rows, the interrupted run and the hashes took three. Empty when the
     * table does not exist yet.
     */
    Snapshot snapshot(Connection connection) throws SQLException {
        if (!ready && !exists(connection)) {
            return new Snapshot(List.of(), Map.of());
        }
        boolean journal = ready || hasColumn(connection, STATE);
        ready = journal;
        boolean withHashes = hashed(connection);
        List<JournalRow> rows = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT " + COLUMNS + (journal ? ", state" : "")
                     + (withHashes ? ", class_hash" : "") + " FROM " + NAME + " ORDER BY applied_at, id")) {
            while (rs.next()) {
                JournalRow row = row(rs, journal);
                rows.add(row);
                String hash = withHashes ? rs.getString(journal ? 9 : 8) : null;
                if (hash != null) {
                    hashes.put(row.row().id(), hash);
                }
            }
        }
        return new Snapshot(rows, hashes);
    }

    /** The history's rows at one moment, and the class hash each applied row has, by id. */
    record Snapshot(List<JournalRow> rows, Map<String, String> classHashes) {

        /** Whether a run was interrupted: a row is left upgrading or downgrading. */
        boolean interrupted() {
            return rows.stream().anyMatch(row -> row.direction() != null);
        }

        /** The applied rows, as {@link HistoryTable#read} gives them. */
        List<AppliedMigration> applied() {
            return rows.stream().filter(row -> row.direction() == null).map(JournalRow::row).toList();
        }
    }

    /** The rows, or with {@code started} only those with a state (a start's, or an older Retort's "applied"). */
    private List<JournalRow> rows(Connection connection, boolean started) throws SQLException {
        if (!ready && !exists(connection)) {
            return List.of();
        }
        boolean journal = ready || hasColumn(connection, STATE);
        ready = journal;
        if (started && !journal) {
            return List.of();
        }
        List<JournalRow> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT " + COLUMNS + (journal ? ", state" : "") + " FROM " + NAME
                     + (started ? " WHERE state IS NOT NULL" : "") + " ORDER BY applied_at, id")) {
            while (rs.next()) {
                rows.add(row(rs, journal));
            }
        }
        return rows;
    }

    private static JournalRow row(ResultSet rs, boolean journal) throws SQLException {
        String revises = rs.getString(2);
        String state = journal ? rs.getString(8) : null;
        return new JournalRow(new AppliedMigration(rs.getString(1),
                revises == null || revises.isEmpty() ? List.of() : Arrays.asList(revises.split(",")),
                rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
                rs.getLong(7)), Journal.Direction.of(state), Journal.progress(state));
    }

    /**
     * A row with the direction of the run it records, null once applied, and how far that run's
     * committed data steps reached: those before operation {@code committedBefore}.
     */
    record JournalRow(AppliedMigration row, Journal.Direction direction, int committedBefore) {}

    /** The row of an upgrade that starts now, before its first statement. */
    void insertStarted(Connection connection, AppliedMigration row) throws SQLException {
        insert(connection, row, Journal.Direction.UPGRADING);
    }

    /** Sets the state of a row: null (applied) or a direction. */
    void setState(Connection connection, String id, Journal.Direction direction) throws SQLException {
        writeState(connection, id, direction == null ? null : direction.state());
    }

    /** Sets the state column as it is written, a direction and how far its data steps are committed. */
    void writeState(Connection connection, String id, String state) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + NAME + " SET state = ? WHERE id = ?")) {
            update.setString(1, state);
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    /** Marks an upgrade's row applied, with its time and duration. */
    /** Marks a started upgrade applied, with its class hash where one is given and the table has the column. */
    void markApplied(Connection connection, String id, Instant appliedAt, long durationMs, String classHash)
            throws SQLException {
        boolean withHash = classHash != null && hashed(connection);
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + NAME + " SET state = NULL, applied_at = ?,"
                + " duration_ms = ?" + (withHash ? ", class_hash = ?" : "") + " WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(appliedAt));
            update.setLong(2, durationMs);
            if (withHash) {
                update.setString(3, classHash);
            }
            update.setString(withHash ? 4 : 3, id);
            update.executeUpdate();
        }
    }

    void insert(Connection connection, AppliedMigration row) throws SQLException {
        insert(connection, row, null);
    }

    private void insert(Connection connection, AppliedMigration row, Journal.Direction direction) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + NAME + " (" + COLUMNS
                + (direction == null ? "" : ", state") + ") VALUES (?, ?, ?, ?, ?, ?, ?" + (direction == null ? "" : ", ?")
                + ")")) {
            if (direction != null) {
                insert.setString(8, direction.state());
            }
            insert.setString(1, row.id());
            insert.setString(2, row.revises().isEmpty() ? null : String.join(",", row.revises()));
            insert.setString(3, row.description());
            insert.setString(4, row.checksum());
            insert.setTimestamp(5, Timestamp.from(row.appliedAt()));
            insert.setString(6, row.appliedBy());
            insert.setLong(7, row.durationMs());
            insert.executeUpdate();
        }
    }

    void delete(Connection connection, String id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + NAME + " WHERE id = ?")) {
            delete.setString(1, id);
            delete.executeUpdate();
        }
    }

    void updateChecksum(Connection connection, String id, String checksum) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + NAME + " SET checksum = ? WHERE id = ?")) {
            update.setString(1, checksum);
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    /** The insert as offline SQL, with literals. */
    String insertSql(LoadedMigration migration, String appliedBy) {
        return "INSERT INTO " + NAME + " (" + COLUMNS + ") VALUES (" + dialect.literal(migration.id()) + ", "
                + (migration.revises().isEmpty() ? "NULL" : dialect.literal(String.join(",", migration.revises())))
                + ", " + dialect.literal(migration.description()) + ", " + dialect.literal(migration.checksum())
                + ", CURRENT_TIMESTAMP, " + dialect.literal(appliedBy) + ", 0)";
    }

    String deleteSql(String id) {
        return "DELETE FROM " + NAME + " WHERE id = " + dialect.literal(id);
    }

    static Instant now() {
        return Instant.now();
    }
}
