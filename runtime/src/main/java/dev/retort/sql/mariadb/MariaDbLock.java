package dev.retort.sql.mariadb;

import dev.retort.sql.Lock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** A named user lock ({@code GET_LOCK}) per database: released when the session ends. */
final class MariaDbLock implements Lock {

    private final Connection connection;
    private String name;

    MariaDbLock(Connection connection) {
        this.connection = connection;
    }

    @Override
    public boolean acquire(Duration timeout) throws SQLException {
        name = "retort." + connection.getCatalog();
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, name.length() > 64 ? name.substring(0, 64) : name);
            statement.setDouble(2, timeout.toMillis() / 1000.0);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != 1) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, name.length() > 64 ? name.substring(0, 64) : name);
            statement.executeQuery().close();
        } finally {
            connection.close();
        }
    }
}
