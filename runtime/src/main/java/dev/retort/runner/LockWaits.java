package dev.retort.runner;

import dev.retort.sql.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** A migration that gave up waiting for a table's lock, told with who held one and how to wait longer. */
final class LockWaits {

    private LockWaits() {}

    static MigrationFailedException explained(MigrationFailedException failure, Dialect dialect, Connection connection,
                                              Duration ddlLockTimeout) {
        if (!(failure.getCause() instanceof SQLException error) || !dialect.isLockTimeout(error)) {
            return failure;
        }
        List<String> holders;
        try {
            holders = dialect.openTransactions(connection);
        } catch (SQLException unreadable) {
            holders = List.of("(the open transactions cannot be read: " + unreadable.getMessage() + ")");
        }
        String message = failure.getMessage() + "\nThe statement waited " + ddlLockTimeout.toMillis()
                + " ms for a lock another session holds; "
                + (holders.isEmpty() ? "no transaction is open now, so try again."
                        : "open transactions now:\n  " + String.join("\n  ", holders)
                        + "\nLet them finish (or end them), then run the migration again.")
                + " To wait longer, raise ddlLockTimeout (--ddl-lock-timeout, retort.ddlLockTimeout,"
                + " spring.retort.ddl-lock-timeout).";
        return new MigrationFailedException(message, failure.migrationId(), failure.statement(), failure.getCause());
    }
}
