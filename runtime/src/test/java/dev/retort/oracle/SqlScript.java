package dev.retort.oracle;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A SQL script run as a DBA's client runs it: statement by statement, each ending at a {@code ;} at a line's end. */
public final class SqlScript {

    private SqlScript() {}

    /** Runs every statement of the script, its {@code --} comment lines left out; returns how many ran. */
    public static int run(Connection connection, String script) throws SQLException {
        int ran = 0;
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\n")) {
                String body = String.join("\n", sql.lines().filter(l -> !l.startsWith("--")).toList()).strip();
                if (!body.isEmpty()) {
                    try {
                        statement.execute(body);
                    } catch (SQLException e) {
                        throw new SQLException("statement " + (ran + 1) + " failed: " + body, e.getSQLState(), e);
                    }
                    ran++;
                }
            }
        }
        return ran;
    }
}
