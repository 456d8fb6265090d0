package dev.retort.sql.postgres;

import dev.retort.sql.BaseDialect;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import dev.retort.sql.SessionSetting;
import dev.retort.operation.AlterColumnType;
import dev.retort.operation.AttachPrimaryKey;
import dev.retort.operation.AttachUniqueConstraint;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.DropIndex;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameTable;
import dev.retort.operation.SetIdentity;
import dev.retort.operation.SetNotNull;
import dev.retort.operation.ValidateConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL 15+. DDL is transactional. PostgreSQL has no {@code tinyint}, no sized {@code bytea} and
 * no LOB types, so {@code TINYINT} is a {@code smallint}, {@code varbinary(n)} a {@code bytea} (read
 * back as {@link #BYTEA}), and {@code BLOB} and {@code CLOB} are {@code oid}, a large object's id, as
 * Hibernate maps {@code @Lob} there and reads it through the driver's LOB API (both read back as
 * {@code BLOB}). The primary key is named {@code <table>_pkey}, and follows a table rename.
 */
final class PostgresDialect extends BaseDialect {

    /** What a {@code bytea} reads back as: it has no length, and holds up to a gigabyte. */
    static final SqlType BYTEA = SqlType.varbinary(1_000_000_000);

    PostgresDialect() {
        this(null);
    }

    private PostgresDialect(String defaultNamespace) {
        super(defaultNamespace);
    }

    @Override
    protected Dialect withDefaultNamespace(String namespace) {
        return new PostgresDialect(namespace);
    }

    /** Not in a transaction: the runner runs a migration holding one without a transaction. */
    @Override
    protected String createIndexOnline(String table, Index index) {
        return createIndex(table, index).replaceFirst("INDEX ", "INDEX CONCURRENTLY ");
    }

    @Override
    protected List<String> dropIndexOnline(DropIndex op, Schema before) {
        return List.of("DROP INDEX CONCURRENTLY " + indexName(op.table(), op.name()));
    }

    @Override
    protected String notValid() {
        return " NOT VALID";
    }

    @Override
    protected List<String> validateConstraint(ValidateConstraint op) {
        return List.of(alter(op.table()) + "VALIDATE CONSTRAINT " + quote(op.name()));
    }

    @Override
    protected List<String> setNotNullSafely(SetNotNull op, Schema before) {
        String check = quote(op.transientCheckName());
        return List.of(alter(op.table()) + "ADD CONSTRAINT " + check + " CHECK (" + quote(op.column())
                        + " IS NOT NULL) NOT VALID",
                alter(op.table()) + "VALIDATE CONSTRAINT " + check,
                alter(op.table()) + "ALTER COLUMN " + quote(op.column()) + " SET NOT NULL",
                alter(op.table()) + "DROP CONSTRAINT " + check);
    }

    @Override
    protected List<String> attachUniqueConstraint(AttachUniqueConstraint op, Schema before) {
        return List.of(alter(op.table()) + "ADD CONSTRAINT " + quote(op.name()) + " UNIQUE USING INDEX "
                + quote(op.index()));
    }

    @Override
    protected List<String> attachPrimaryKey(AttachPrimaryKey op, Schema before) {
        return List.of(alter(op.table()) + "ADD CONSTRAINT " + quote(pkeyName(op.table())) + " PRIMARY KEY USING INDEX "
                + quote(op.index()));
    }

    /** Steps that commit on their own: CONCURRENTLY refuses a transaction, and the others must not hold its locks. */
    @Override
    public boolean outsideTransaction(Operation operation) {
        return operation instanceof CreateIndex create && create.online()
                || operation instanceof DropIndex drop && drop.online()
                || operation instanceof ValidateConstraint
                || operation instanceof SetNotNull set && set.safely();
    }

    /** A failed CONCURRENTLY build leaves an INVALID index; a failed safe SET NOT NULL, its check. */
    @Override
    public List<String> cleanupAfterFailure(Operation operation, Schema before) {
        if (operation instanceof CreateIndex create && create.online()) {
            return List.of("DROP INDEX CONCURRENTLY IF EXISTS " + indexName(create.table(), create.index().name()));
        }
        if (operation instanceof SetNotNull set && set.safely()) {
            return List.of(alter(set.table()) + "DROP CONSTRAINT IF EXISTS " + quote(set.transientCheckName()));
        }
        return List.of();
    }

    @Override
    public Database database() {
        return Database.POSTGRESQL;
    }

    @Override
    protected List<SessionSetting> sessionSettings(Duration ddlLockTimeout) {
        if (ddlLockTimeout.isZero()) {
            return List.of();
        }
        return List.of(new SessionSetting("lock_timeout", "SELECT current_setting('lock_timeout')",
                value -> "SET lock_timeout = " + literal(value), previous -> ddlLockTimeout.toMillis() + "ms"));
    }

    @Override
    public List<String> openTransactions(Connection connection) throws SQLException {
        return describedRows(connection, "SELECT pid, usename, state, date_trunc('second', now() - xact_start),"
                + " left(query, 120) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND pid <> pg_backend_pid() AND xact_start IS NOT NULL ORDER BY xact_start",
                "pid", "user", "state", "open for", "last statement");
    }

    /** 55P03: lock_not_available, what lock_timeout raises. */
    @Override
    public boolean isLockTimeout(SQLException error) {
        return "55P03".equals(error.getSQLState());
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String type(SqlType type) {
        switch (type.kind()) {
            case TINYINT:
            case SMALLINT: return "smallint";
            case INTEGER: return "integer";
            case BIGINT: return "bigint";
            case BOOLEAN: return "boolean";
            case VARCHAR: return "varchar(" + type.size() + ")";
            case CHAR: return "char(" + type.size() + ")";
            case TEXT: return "text";
            case NUMERIC: return "numeric(" + type.size() + ", " + type.scale() + ")";
            case REAL: return "real";
            case DOUBLE: return "double precision";
            case DATE: return "date";
            case TIME: return "time(" + type.size() + ")";
            case TIMESTAMP: return "timestamp";
            case TIMESTAMP_TZ: return "timestamp with time zone";
            case UUID: return "uuid";
            case VARBINARY: return "bytea";
            case BLOB:
            case CLOB: return "oid";
            default: throw new IllegalArgumentException("no PostgreSQL type for " + type);
        }
    }

    @Override
    protected SqlType normalType(SqlType type) {
        switch (type.kind()) {
            case TINYINT: return SqlType.of(SqlType.Kind.SMALLINT);
            case VARBINARY: return BYTEA;
            case CLOB: return SqlType.of(SqlType.Kind.BLOB);
            default: return type;
        }
    }

    @Override
    protected String primaryKeyClause(String table, List<String> columns) {
        return "CONSTRAINT " + quote(pkeyName(table)) + " " + super.primaryKeyClause(table, columns);
    }

    @Override
    protected List<String> dropPrimaryKey(Table table) {
        return List.of(alter(table.name()) + "DROP CONSTRAINT " + quote(pkeyName(table.name())));
    }

    @Override
    protected List<String> renameTable(RenameTable op, Schema before) {
        List<String> statements = new ArrayList<>(super.renameTable(op, before));
        if (before.requireTable(op.from()).primaryKey() != null) {
            statements.add(alter(op.to()) + "RENAME CONSTRAINT " + quote(pkeyName(op.from())) + " TO "
                    + quote(pkeyName(op.to())));
        }
        return statements;
    }

    /** Run outside a transaction (beside an online index): the rename, or the identity, is taken back. */
    @Override
    protected List<String> undoPartialOf(Operation operation, Schema before, int ran) {
        if (operation instanceof RenameTable op) {
            return List.of(alter(op.to()) + "RENAME TO " + quote(Identifiers.localName(op.from())));
        }
        if (operation instanceof SetIdentity op) {
            return List.of(alter(op.table()) + "ALTER COLUMN " + quote(op.column()) + " DROP IDENTITY");
        }
        if (operation instanceof SetNotNull op && op.safely()) {
            // Its check is cleanupAfterFailure's; the third statement set the NOT NULL itself.
            return ran < 3 ? List.of() : List.of(alter(op.table()) + "ALTER COLUMN " + quote(op.column())
                    + " DROP NOT NULL");
        }
        return super.undoPartialOf(operation, before, ran);
    }

    private static String pkeyName(String table) {
        return Identifiers.localName(table) + "_pkey";
    }

    @Override
    protected List<String> alterColumnType(AlterColumnType op, Column before) {
        String type = type(op.type());
        return List.of(alter(op.table()) + "ALTER COLUMN " + quote(op.column()) + " TYPE " + type
                + " USING " + converted(quote(op.column()), before.type(), op.type(), type));
    }

    /**
     * The value of a column in its new type. An {@code oid} is the id of a large object: its bytes are
     * read with {@code lo_get} and written with {@code lo_from_bytea}, text through UTF-8. A sized
     * string type is reached from {@code text}, never by an explicit cast: PostgreSQL assigns the
     * {@code USING} value to the column as an assignment cast, which refuses a value too long, where
     * an explicit cast to {@code varchar(n)} or {@code char(n)} cuts it short without a word.
     */
    private static String converted(String column, SqlType from, SqlType to, String toType) {
        boolean fromLob = isLob(from);
        boolean toLob = isLob(to);
        boolean sizedText = to.kind() == SqlType.Kind.VARCHAR || to.kind() == SqlType.Kind.CHAR;
        if (fromLob && !toLob) {
            return to.kind() == SqlType.Kind.VARBINARY ? "lo_get(" + column + ")"
                    : "convert_from(lo_get(" + column + "), 'UTF8')" + (sizedText ? "" : "::" + toType);
        }
        if (toLob && !fromLob) {
            return from.kind() == SqlType.Kind.VARBINARY ? "lo_from_bytea(0, " + column + ")"
                    : "lo_from_bytea(0, convert_to(" + column + "::text, 'UTF8'))";
        }
        return column + "::" + (sizedText ? "text" : toType);
    }

    private static boolean isLob(SqlType type) {
        return type.kind() == SqlType.Kind.BLOB || type.kind() == SqlType.Kind.CLOB;
    }

    @Override
    public List<String> identityAfterRows(String table, String column, long next) {
        return List.of(setval(table, column, Long.toString(next)));
    }

    /** Sets the sequence behind an identity or serial column so that {@code next} is the next value it gives. */
    private String setval(String table, String column, String next) {
        return "SELECT setval(pg_get_serial_sequence(" + literal(quote(table)) + ", " + literal(column) + "), " + next
                + ", false)";
    }

    @Override
    protected List<String> setIdentity(String table, Column column) {
        String name = quote(column.name());
        // Start after the values the column already holds, as MariaDB's AUTO_INCREMENT does.
        return List.of(alter(table) + "ALTER COLUMN " + name + " ADD GENERATED BY DEFAULT AS IDENTITY",
                setval(table, column.name(), "COALESCE(MAX(" + name + "), 0) + 1") + " FROM " + quote(table));
    }
}
