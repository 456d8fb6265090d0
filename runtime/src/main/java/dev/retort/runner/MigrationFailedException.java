package dev.retort.runner;

/**
 * A migration that failed part-way and was undone: its message names the migration, the operation
 * and the statement that failed, and the database's error.
 */
public final class MigrationFailedException extends RetortException {

    private static final long serialVersionUID = 1L;

    private final String migrationId;
    private final String statement;

    MigrationFailedException(String message, String migrationId, String statement, Throwable cause) {
        super(message, cause);
        this.migrationId = migrationId;
        this.statement = statement;
    }

    public String migrationId() {
        return migrationId;
    }

    /** The SQL that failed; for a Java data step, a description of it. */
    public String statement() {
        return statement;
    }
}
