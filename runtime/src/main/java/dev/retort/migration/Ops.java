package dev.retort.migration;

import dev.retort.operation.DataStep;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SqlType;

/**
 * The operations a migration calls. Names of tables, columns, indexes and constraints are plain SQL
 * identifiers; Retort folds them to lower case. A table or sequence in a SQL schema other than the
 * connection's default one is named with it, {@code "sales.orders"}, after a {@link #createSchema}.
 * Index and constraint names come first, then the table.
 */
public interface Ops {

    void createTable(String table, ColumnSpec... columns);

    void dropTable(String table);

    void renameTable(String from, String to);

    void addColumn(String table, ColumnSpec column);

    void dropColumn(String table, String column);

    void renameColumn(String table, String from, String to);

    void alterColumnType(String table, String column, SqlType type);

    void setNotNull(String table, String column);

    void dropNotNull(String table, String column);

    void setDefault(String table, String column, String value);

    void setDefault(String table, String column, Number value);

    void setDefault(String table, String column, boolean value);

    /** Sets a default such as {@link Dsl#CURRENT_TIMESTAMP}. */
    void setDefault(String table, String column, DefaultValue value);

    void dropDefault(String table, String column);

    void setIdentity(String table, String column);

    void dropIdentity(String table, String column);

    void addPrimaryKey(String table, String... columns);

    void dropPrimaryKey(String table);

    void createIndex(String name, String table, String... columns);

    void createUniqueIndex(String name, String table, String... columns);

    /**
     * An index built without blocking writes to the table: {@code CREATE INDEX CONCURRENTLY} on
     * PostgreSQL, where the migration then runs outside a transaction (a failure part-way is undone by
     * the inverses of what ran, as on H2 and MariaDB); {@code LOCK=NONE} on MariaDB and MySQL.
     */
    void createIndexOnline(String name, String table, String... columns);

    /** A unique index built without blocking writes, as {@link #createIndexOnline}. */
    void createUniqueIndexOnline(String name, String table, String... columns);

    void dropIndex(String name, String table);

    void createForeignKey(String name, String table, String column, String referencedTable, String referencedColumn);

    void createForeignKey(String name, String table, String column, String referencedTable, String referencedColumn,
                          ReferentialAction onDelete);

    /** A foreign key over several columns: {@code new String[] {"a", "b"}}. */
    void createForeignKey(String name, String table, String[] columns, String referencedTable,
                          String[] referencedColumns, ReferentialAction onDelete);

    void dropForeignKey(String name, String table);

    void createUniqueConstraint(String name, String table, String... columns);

    void dropUniqueConstraint(String name, String table);

    void createCheck(String name, String table, String expression);

    void dropCheck(String name, String table);

    void createSequence(String name, long start, long increment);

    void dropSequence(String name);

    /** Creates a SQL schema (on MariaDB, a database) to hold tables and sequences named {@code name.x}. */
    void createSchema(String name);

    /** Drops a SQL schema; refused while it holds a table or sequence that Retort knows of. */
    void dropSchema(String name);

    /** Runs SQL that changes data (a backfill, a copy). Schema changes belong in the other operations. */
    void execute(String sql);

    /** Runs a data change written in Java, on the migration's connection. Opaque to the checks. */
    void run(DataStep step);
}
