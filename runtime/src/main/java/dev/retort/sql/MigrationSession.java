package dev.retort.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings a migration's session runs with ({@link Dialect#prepare}), and the values they had:
 * closing it puts them back, so that a pooled connection goes back to the application unchanged.
 */
public final class MigrationSession implements AutoCloseable {

    private final Connection connection;
    private final List<String> restore;

    private MigrationSession(Connection connection, List<String> restore) {
        this.connection = connection;
        this.restore = restore;
    }

    static MigrationSession open(Connection connection, List<SessionSetting> settings) throws SQLException {
        List<String> restore = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (SessionSetting setting : settings) {
                String previous;
                try (ResultSet rs = statement.executeQuery(setting.readSql())) {
                    rs.next();
                    previous = rs.getString(1);
                }
                statement.execute(setting.setSql().apply(setting.wanted().apply(previous)));
                restore.add(0, setting.setSql().apply(previous));
            }
        }
        return new MigrationSession(connection, restore);
    }

    @Override
    public void close() throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : restore) {
                statement.execute(sql);
            }
        }
    }
}
