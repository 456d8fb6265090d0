package dev.retort.runner;

import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;

/** Reads the schema a database has now, without Retort's own tables. */
@FunctionalInterface
interface LiveSchema {

    Schema read(Connection connection) throws SQLException;
}
