package dev.retort.sql.mariadb;

import dev.retort.sql.BaseDialect;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import dev.retort.sql.SessionSetting;
import dev.retort.operation.AlterColumnType;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.AttachPrimaryKey;
import dev.retort.operation.AttachUniqueConstraint;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropSchema;
import dev.retort.operation.DropUniqueConstraint;
import dev.retort.operation.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * MariaDB 10.11 (and MySQL 8 where the syntax agrees). DDL commits at once. A column is changed by
 * restating it whole ({@code MODIFY}), from the schema before the change. {@code TIMESTAMP} and
 * {@code TIMESTAMP_TZ} are both a {@code DATETIME(6)}, as Hibernate makes them (MariaDB has no type
 * that keeps an offset, and its {@code TIMESTAMP} ends in 2038): they read back as {@code TIMESTAMP}
 * (a {@code TIMESTAMP(6)} column, as Retort made {@code TIMESTAMP_TZ} before, too). MariaDB keeps a
 * unique constraint as a unique index, so Retort marks the indexes it creates as unique indexes with
 * a comment, to tell the two apart when it reads them back. A foreign key needs an index; the one
 * MariaDB creates for it, under the key's name, is dropped with the key.
 */
final class MariaDbDialect extends BaseDialect {

    MariaDbDialect() {
        this(null);
    }

    private MariaDbDialect(String defaultNamespace) {
        super(defaultNamespace);
    }

    @Override
    protected Dialect withDefaultNamespace(String namespace) {
        return new MariaDbDialect(namespace);
    }

    static final String UNIQUE_INDEX_COMMENT = "retort:unique index";

    @Override
    public Database database() {
        return Database.MARIADB;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    /**
     * Strict: without {@code STRICT_ALL_TABLES} MariaDB turns a value that does not fit a changed
     * column into a warning and a cut or empty value. Both lock waits are whole seconds, rounded up.
     */
    @Override
    protected List<SessionSetting> sessionSettings(Duration ddlLockTimeout) {
        List<SessionSetting> settings = new ArrayList<>();
        settings.add(variable("sql_mode", MariaDbDialect::strict));
        if (!ddlLockTimeout.isZero()) {
            String seconds = Long.toString((ddlLockTimeout.toMillis() + 999) / 1000);
            settings.add(variable("lock_wait_timeout", previous -> seconds));
            settings.add(variable("innodb_lock_wait_timeout", previous -> seconds));
        }
        return settings;
    }

    private SessionSetting variable(String name, UnaryOperator<String> wanted) {
        return new SessionSetting(name, "SELECT @@SESSION." + name, value -> "SET SESSION " + name + " = "
                + (value.matches("[0-9]+") ? value : literal(value)), wanted);
    }

    private static String strict(String sqlMode) {
        Set<String> modes = new LinkedHashSet<>();
        for (String mode : sqlMode.split(",")) {
            if (!mode.isBlank()) {
                modes.add(mode.trim());
            }
        }
        modes.add("STRICT_TRANS_TABLES");
        modes.add("STRICT_ALL_TABLES");
        return String.join(",", modes);
    }

    @Override
    public List<String> openTransactions(Connection connection) throws SQLException {
        return describedRows(connection, "SELECT p.ID, p.USER, p.COMMAND, TIMEDIFF(NOW(), t.trx_started),"
                + " LEFT(COALESCE(t.trx_query, p.INFO), 120) FROM information_schema.INNODB_TRX t"
                + " JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id"
                + " WHERE p.ID <> CONNECTION_ID() ORDER BY t.trx_started",
                "thread", "user", "command", "open for", "running");
    }

    /** 1205, ER_LOCK_WAIT_TIMEOUT: raised for a table's (metadata) lock and for a row's. */
    @Override
    public boolean isLockTimeout(SQLException error) {
        return error.getErrorCode() == 1205;
    }

    @Override
    protected String quoteChar() {
        return "`";
    }

    @Override
    public String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public String type(SqlType type) {
        switch (type.kind()) {
            case TINYINT: return "TINYINT";
            case SMALLINT: return "SMALLINT";
            case INTEGER: return "INT";
            case BIGINT: return "BIGINT";
            case BOOLEAN: return "BOOLEAN";
            case VARCHAR: return "VARCHAR(" + type.size() + ")";
            case CHAR: return "CHAR(" + type.size() + ")";
            case TEXT: return "TEXT";
            case NUMERIC: return "DECIMAL(" + type.size() + ", " + type.scale() + ")";
            case REAL: return "FLOAT";
            case DOUBLE: return "DOUBLE";
            case DATE: return "DATE";
            case TIME: return "TIME(" + type.size() + ")";
            case TIMESTAMP: return "DATETIME(6)";
            case TIMESTAMP_TZ: return "DATETIME(6)";
            case UUID: return "UUID";
            case VARBINARY: return "VARBINARY(" + type.size() + ")";
            case BLOB: return "LONGBLOB";
            case CLOB: return "LONGTEXT";
            default: throw new IllegalArgumentException("no MariaDB type for " + type);
        }
    }

    @Override
    protected String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(type(column.type()));
        sql.append(column.nullable() ? " NULL" : " NOT NULL");
        if (column.hasDefault()) {
            sql.append(" DEFAULT ").append(defaultSql(column.defaultValue(), column.type()));
        }
        if (column.identity()) {
            sql.append(" AUTO_INCREMENT");
        }
        return sql.toString();
    }

    @Override
    protected String defaultSql(DefaultValue value, SqlType type) {
        if (value instanceof DefaultValue.CurrentTimestamp
                && (type.kind() == SqlType.Kind.TIMESTAMP || type.kind() == SqlType.Kind.TIMESTAMP_TZ)) {
            return "CURRENT_TIMESTAMP(6)";
        }
        return super.defaultSql(value, type);
    }

    @Override
    protected List<String> changeColumn(Schema before, String table, String column, UnaryOperator<Column> change,
                                        String standardClause) {
        return List.of(modify(table, change.apply(column(before, table, column))));
    }

    private String modify(String table, Column column) {
        return alter(table) + "MODIFY COLUMN " + columnDefinition(column);
    }

    @Override
    protected List<String> alterColumnType(AlterColumnType op, Column before) {
        return List.of(modify(op.table(), before.withType(op.type())));
    }

    @Override
    protected List<String> setIdentity(String table, Column column) {
        return List.of(modify(table, new Column(column.name(), column.type(), false, null, true)));
    }

    @Override
    protected List<String> dropIdentity(String table, Column column) {
        return List.of(modify(table, new Column(column.name(), column.type(), column.nullable(), null, false)));
    }

    @Override
    protected String createIndexOnline(String table, Index index) {
        return createIndex(table, index) + " ALGORITHM=INPLACE LOCK=NONE";
    }

    @Override
    protected String createIndex(String table, Index index) {
        return super.createIndex(table, index) + (index.unique() ? " COMMENT " + literal(UNIQUE_INDEX_COMMENT) : "");
    }

    @Override
    protected List<String> dropIndex(DropIndex op, Schema before) {
        return dropIndexOf(op.table(), op.name(), before);
    }

    /** A unique constraint is a unique index on MariaDB. */
    @Override
    protected List<String> dropUniqueConstraint(DropUniqueConstraint op, Schema before) {
        return dropIndexOf(op.table(), op.name(), before);
    }

    /** MariaDB refuses to drop the index a foreign key uses; the key gets its own index in the same step. */
    private List<String> dropIndexOf(String tableName, String name, Schema before) {
        Table table = before.requireTable(tableName);
        TableConstraint dropped = table.constraints().get(name);
        String drop = alter(tableName) + "DROP INDEX " + quote(name);
        for (ForeignKey fk : table.foreignKeys().toList()) {
            if (dropped != null && prefixOf(fk.columns(), dropped.columns()) && !otherIndexCovers(table, fk, name)) {
                drop += ", ADD INDEX IF NOT EXISTS " + quote(fk.name()) + " (" + names(fk.columns()) + ")";
            }
        }
        return List.of(drop);
    }

    private static boolean otherIndexCovers(Table table, ForeignKey fk, String except) {
        if (table.primaryKey() != null && prefixOf(fk.columns(), table.primaryKey().columns())) {
            return true;
        }
        return table.constraints().values().stream().anyMatch(c -> !c.name().equals(except)
                && (c instanceof Index || c instanceof UniqueConstraint) && prefixOf(fk.columns(), c.columns()));
    }

    /** One statement: the constraint's own index covers whatever foreign key used the one dropped. */
    @Override
    protected List<String> attachUniqueConstraint(AttachUniqueConstraint op, Schema before) {
        Index index = (Index) before.requireTable(op.table()).constraints().get(op.index());
        return List.of(alter(op.table()) + "DROP INDEX " + quote(op.index()) + ", ADD "
                + constraintClause(op.table(), new UniqueConstraint(op.name(), index.columns())));
    }

    @Override
    protected List<String> attachPrimaryKey(AttachPrimaryKey op, Schema before) {
        Index index = (Index) before.requireTable(op.table()).constraints().get(op.index());
        return List.of(alter(op.table()) + "DROP INDEX " + quote(op.index()) + ", ADD "
                + primaryKeyClause(op.table(), index.columns()));
    }

    /** MariaDB renames into the connection's database unless the new name keeps the table's. */
    @Override
    protected List<String> renameTable(RenameTable op, Schema before) {
        return List.of(alter(op.from()) + "RENAME TO " + quote(op.to()));
    }

    /**
     * A schema is a database on MariaDB, and {@code DROP DATABASE} has no {@code RESTRICT}: it drops
     * whatever the database still holds. The replay has made sure no table or sequence of the
     * migrations' is left in it.
     */
    @Override
    protected List<String> dropSchema(DropSchema op) {
        return List.of("DROP SCHEMA " + quote(op.name()));
    }

    /**
     * The key and the index MariaDB made for it, in one statement: as two, a failure of the second
     * left the key dropped while the migration was reported undone.
     */
    @Override
    protected List<String> dropForeignKey(DropForeignKey op) {
        return List.of(alter(op.table()) + "DROP FOREIGN KEY " + quote(op.name()) + ", DROP INDEX IF EXISTS "
                + quote(op.name()));
    }


    /**
     * {@code character(n)} as {@code varchar(n)}: MariaDB compares them alike (trailing spaces aside),
     * and Hibernate 7 makes a {@code char} {@code varchar(1)} there where 6 made it {@code char(1)}.
     */
    @Override
    protected SqlType normalType(SqlType type) {
        switch (type.kind()) {
            case TIMESTAMP_TZ: return SqlType.of(SqlType.Kind.TIMESTAMP);
            case CHAR: return SqlType.varchar(type.size());
            default: return type;
        }
    }

    /** InnoDB treats the two alike, and reports a key declared without an action (as Hibernate writes it) as RESTRICT. */
    @Override
    protected ReferentialAction normalAction(ReferentialAction action) {
        return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
    }

    @Override
    protected String onDelete(ReferentialAction action) {
        // Left out, MariaDB reports RESTRICT: say NO ACTION so that it reads back as written.
        return " ON DELETE " + action.sql();
    }
}
