package dev.retort.operation;

import java.sql.Connection;
import java.sql.SQLException;

/** A data change written in Java, run on the migration's connection inside its transaction. */
@FunctionalInterface
public interface DataStep {

    void run(Connection connection) throws SQLException;
}
