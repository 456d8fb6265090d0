package dev.retort.runner;

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
import java.util.List;
import java.util.Locale;

/** The table {@code retort_history}: one row per applied migration. */
public final class HistoryTable {

    public static final String NAME = "retort_history";

    static final Table TABLE = Table.of(NAME, List.of(
            new Column("id", SqlType.varchar(64), false, null, false),
            new Column("revises", SqlType.varchar(1000), true, null, false),
            new Column("description", SqlType.varchar(1000), false, null, false),
            new Column("checksum", SqlType.varchar(64), false, null, false),
            new Column("applied_at", SqlType.of(SqlType.Kind.TIMESTAMP), false, null, false),
            new Column("applied_by", SqlType.varchar(255), false, null, false),
            new Column("duration_ms", SqlType.of(SqlType.Kind.BIGINT), false, null, false)),
            PrimaryKey.of("id"), List.of());

    private static final String COLUMNS = "id, revises, description, checksum, applied_at, applied_by, duration_ms";

    private final Dialect dialect;

    HistoryTable(Dialect dialect) {
        this.dialect = dialect;
    }

    List<String> createStatements() {
        return dialect.render(new CreateTable(TABLE), Schema.EMPTY);
    }

    boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : List.of(NAME, NAME.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = metaData.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    void createIfAbsent(Connection connection) throws SQLException {
        if (!exists(connection)) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : createStatements()) {
                    statement.execute(sql);
                }
            }
        }
    }

    /** The rows, or none when the table does not exist yet. */
    List<AppliedMigration> read(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        List<AppliedMigration> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT " + COLUMNS + " FROM " + NAME + " ORDER BY applied_at, id")) {
            while (rs.next()) {
                String revises = rs.getString(2);
                rows.add(new AppliedMigration(rs.getString(1),
                        revises == null || revises.isEmpty() ? List.of() : Arrays.asList(revises.split(",")),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
                        rs.getLong(7)));
            }
        }
        return rows;
    }

    void insert(Connection connection, AppliedMigration row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + NAME + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
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
