package dev.retort.runner;

import java.sql.Connection;
import java.sql.SQLException;

/** Where the runner gets its connections: a DataSource, or a JDBC URL with a user and password. */
@FunctionalInterface
public interface ConnectionSource {

    Connection open() throws SQLException;
}
