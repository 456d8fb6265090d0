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

    /**
     * Sets NOT NULL on a column of a table that holds rows, without blocking them while PostgreSQL
     * checks them: a {@code NOT VALID} check {@code column IS NOT NULL}, its validation, then
     * {@code SET NOT NULL} (proven from the check by PostgreSQL 12+), and the check dropped, each
     * committed on its own, so that the migration runs outside a transaction there. A plain
     * {@link #setNotNull} on H2 and MariaDB.
     */
    void setNotNullSafely(String table, String column);

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

    /**
     * Makes a unique index over NOT NULL columns, built by {@link #createUniqueIndexOnline} in an
     * earlier migration, the table's primary key without a build: {@code ADD PRIMARY KEY USING INDEX}
     * on PostgreSQL. H2 and MariaDB drop the index and add the key.
     */
    void addPrimaryKeyUsingIndex(String table, String index);

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

    /**
     * Drops an index without blocking reads and writes: {@code DROP INDEX CONCURRENTLY} on PostgreSQL,
     * where the migration then runs outside a transaction; a plain drop elsewhere.
     */
    void dropIndexOnline(String name, String table);

    void createForeignKey(String name, String table, String column, String referencedTable, String referencedColumn);

    void createForeignKey(String name, String table, String column, String referencedTable, String referencedColumn,
                          ReferentialAction onDelete);

    /** A foreign key over several columns: {@code new String[] {"a", "b"}}. */
    void createForeignKey(String name, String table, String[] columns, String referencedTable,
                          String[] referencedColumns, ReferentialAction onDelete);

    /**
     * A foreign key added without checking the rows already there ({@code NOT VALID} on PostgreSQL,
     * which otherwise scans the table holding a lock that blocks its writes); check them with
     * {@link #validateConstraint}, which does not block them. H2 and MariaDB check the rows at once.
     */
    void createForeignKeyNotValid(String name, String table, String column, String referencedTable,
                                  String referencedColumn);

    void createForeignKeyNotValid(String name, String table, String column, String referencedTable,
                                  String referencedColumn, ReferentialAction onDelete);

    void createForeignKeyNotValid(String name, String table, String[] columns, String referencedTable,
                                  String[] referencedColumns, ReferentialAction onDelete);

    void dropForeignKey(String name, String table);

    void createUniqueConstraint(String name, String table, String... columns);

    /**
     * Makes a unique index, built by {@link #createUniqueIndexOnline} in an earlier migration, a unique
     * constraint without a build: {@code ADD CONSTRAINT name UNIQUE USING INDEX index} on PostgreSQL,
     * where the index takes the constraint's name. H2 and MariaDB drop the index and add the constraint.
     */
    void createUniqueConstraintUsingIndex(String name, String table, String index);

    void dropUniqueConstraint(String name, String table);

    void createCheck(String name, String table, String expression);

    /** A check added without checking the rows already there, as {@link #createForeignKeyNotValid}. */
    void createCheckNotValid(String name, String table, String expression);

    void dropCheck(String name, String table);

    /**
     * Checks the rows against a foreign key or check added not valid, without blocking their reads
     * and writes: {@code VALIDATE CONSTRAINT} on PostgreSQL, in a transaction of its own (the migration
     * runs outside one there). Nothing on H2 and MariaDB, which checked them as it was added.
     */
    void validateConstraint(String name, String table);

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
