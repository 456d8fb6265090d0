package dev.retort.sql;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AddPrimaryKey;
import dev.retort.operation.AlterColumnType;
import dev.retort.operation.AttachPrimaryKey;
import dev.retort.operation.AttachUniqueConstraint;
import dev.retort.operation.CreateCheck;
import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateSchema;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.operation.CreateUniqueConstraint;
import dev.retort.operation.DropCheck;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropDefault;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropIdentity;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropNotNull;
import dev.retort.operation.DropPrimaryKey;
import dev.retort.operation.DropSchema;
import dev.retort.operation.DropSequence;
import dev.retort.operation.DropTable;
import dev.retort.operation.DropUniqueConstraint;
import dev.retort.operation.ExecuteSql;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameColumn;
import dev.retort.operation.RenameTable;
import dev.retort.operation.RunJava;
import dev.retort.operation.SetDefault;
import dev.retort.operation.SetIdentity;
import dev.retort.operation.SetNotNull;
import dev.retort.operation.ValidateConstraint;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Index;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL the three databases share (standard DDL); each dialect overrides what it spells otherwise.
 */
abstract class BaseDialect implements Dialect {

    /** The connection's own schema (database, on MariaDB), folded; null when there is no connection. */
    private final String defaultNamespace;

    protected BaseDialect(String defaultNamespace) {
        this.defaultNamespace = defaultNamespace;
    }

    @Override
    public final Dialect on(Connection connection) throws SQLException {
        return withDefaultNamespace(reader().defaultNamespace(connection));
    }

    @Override
    public final MigrationSession prepare(Connection connection, Duration ddlLockTimeout) throws SQLException {
        return MigrationSession.open(connection, sessionSettings(ddlLockTimeout));
    }

    /** The settings of {@link #prepare}; none unless a dialect has some. */
    protected List<SessionSetting> sessionSettings(Duration ddlLockTimeout) {
        return List.of();
    }

    @Override
    public boolean isLockTimeout(SQLException error) {
        return false;
    }

    @Override
    public List<String> openTransactions(Connection connection) throws SQLException {
        return List.of();
    }

    /** The rows of a query of {@link #openTransactions}, each column after its label. */
    protected static List<String> describedRows(Connection connection, String sql, String... labels)
            throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < labels.length; i++) {
                    String value = rs.getString(i + 1);
                    parts.add(labels[i] + " " + (value == null ? "-" : value.replaceAll("\\s+", " ")));
                }
                rows.add(String.join(", ", parts));
            }
        }
        return rows;
    }

    /**
     * A table created with its indexes is dropped whole; the other operations of several statements
     * are the dialects' own ({@link #undoPartialOf}).
     */
    @Override
    public final List<String> undoPartial(Operation operation, Schema before, int ran) {
        if (ran == 0) {
            return List.of();
        }
        if (operation instanceof CreateTable op) {
            return List.of("DROP TABLE " + quote(op.table().name()));
        }
        return undoPartialOf(operation, before, ran);
    }

    /**
     * {@link #undoPartial} of a dialect's operation of several statements. None by default: the
     * runner then reads the live schema to see what the statements that ran left.
     */
    protected List<String> undoPartialOf(Operation operation, Schema before, int ran) {
        return List.of();
    }

    /** This dialect for a connection whose own schema is this one. */
    protected abstract Dialect withDefaultNamespace(String namespace);

    @Override
    public final List<String> render(Operation operation, Schema before) {
        if (operation instanceof CreateTable op) {
            return createTable(op.table());
        } else if (operation instanceof DropTable op) {
            return List.of("DROP TABLE " + quote(op.table()));
        } else if (operation instanceof RenameTable op) {
            return renameTable(op, before);
        } else if (operation instanceof AddColumn op) {
            return List.of(alter(op.table()) + "ADD COLUMN " + columnDefinition(op.column()));
        } else if (operation instanceof DropColumn op) {
            return List.of(alter(op.table()) + "DROP COLUMN " + quote(op.column()));
        } else if (operation instanceof RenameColumn op) {
            return renameColumn(op);
        } else if (operation instanceof AlterColumnType op) {
            return alterColumnType(op, column(before, op.table(), op.column()));
        } else if (operation instanceof SetNotNull op && op.safely()) {
            return setNotNullSafely(op, before);
        } else if (operation instanceof SetNotNull op) {
            return changeColumn(before, op.table(), op.column(), c -> c.withNullable(false),
                    "SET NOT NULL");
        } else if (operation instanceof DropNotNull op) {
            return changeColumn(before, op.table(), op.column(), c -> c.withNullable(true),
                    "DROP NOT NULL");
        } else if (operation instanceof SetDefault op) {
            Column column = column(before, op.table(), op.column());
            return changeColumn(before, op.table(), op.column(), c -> c.withDefault(op.value()),
                    "SET DEFAULT " + defaultSql(op.value(), column.type()));
        } else if (operation instanceof DropDefault op) {
            return changeColumn(before, op.table(), op.column(), c -> c.withDefault(null), "DROP DEFAULT");
        } else if (operation instanceof SetIdentity op) {
            return setIdentity(op.table(), column(before, op.table(), op.column()));
        } else if (operation instanceof DropIdentity op) {
            return dropIdentity(op.table(), column(before, op.table(), op.column()));
        } else if (operation instanceof AddPrimaryKey op) {
            return List.of(alter(op.table()) + "ADD " + primaryKeyClause(op.table(), op.key().columns()));
        } else if (operation instanceof AttachPrimaryKey op) {
            return attachPrimaryKey(op, before);
        } else if (operation instanceof DropPrimaryKey op) {
            return dropPrimaryKey(before.requireTable(op.table()));
        } else if (operation instanceof CreateIndex op) {
            return List.of(op.online() ? createIndexOnline(op.table(), op.index()) : createIndex(op.table(), op.index()));
        } else if (operation instanceof DropIndex op && op.online()) {
            return dropIndexOnline(op, before);
        } else if (operation instanceof DropIndex op) {
            return dropIndex(op, before);
        } else if (operation instanceof CreateForeignKey op) {
            return List.of(alter(op.table()) + "ADD " + constraintClause(op.table(), op.foreignKey())
                    + (op.notValid() ? notValid() : ""));
        } else if (operation instanceof DropForeignKey op) {
            return dropForeignKey(op);
        } else if (operation instanceof CreateUniqueConstraint op) {
            return List.of(alter(op.table()) + "ADD " + constraintClause(op.table(), op.constraint()));
        } else if (operation instanceof AttachUniqueConstraint op) {
            return attachUniqueConstraint(op, before);
        } else if (operation instanceof DropUniqueConstraint op) {
            return dropUniqueConstraint(op, before);
        } else if (operation instanceof CreateCheck op) {
            return List.of(alter(op.table()) + "ADD " + checkClause(op.check(),
                    before.requireTable(op.table()).columns().keySet()) + (op.notValid() ? notValid() : ""));
        } else if (operation instanceof ValidateConstraint op) {
            return validateConstraint(op);
        } else if (operation instanceof DropCheck op) {
            return List.of(alter(op.table()) + "DROP CONSTRAINT " + quote(op.name()));
        } else if (operation instanceof CreateSequence op) {
            return List.of(createSequence(op.sequence()));
        } else if (operation instanceof DropSequence op) {
            return List.of("DROP SEQUENCE " + quote(op.name()));
        } else if (operation instanceof CreateSchema op) {
            return List.of("CREATE SCHEMA " + quote(op.name()));
        } else if (operation instanceof DropSchema op) {
            return dropSchema(op);
        } else if (operation instanceof ExecuteSql op) {
            return List.of(stripTerminator(op.sql()));
        } else if (operation instanceof RunJava) {
            return List.of();
        }
        throw new IllegalArgumentException("no SQL for " + operation.describe());
    }

    @Override
    public String quote(String identifier) {
        String folded = Identifiers.foldQualified(identifier, "SQL");
        return Identifiers.namespaceOf(folded).map(n -> quotePart(n) + ".").orElse("")
                + quotePart(Identifiers.localName(folded));
    }

    private String quotePart(String folded) {
        return ReservedWords.contains(folded) ? quoteChar() + quotedCase(folded) + quoteChar() : folded;
    }

    /** A quoted name keeps its case: spelled as the database folds an unquoted one, it names the same object. */
    protected String quotedCase(String folded) {
        return folded;
    }

    /** An index's name as {@code DROP INDEX} takes it: in the schema of its table. */
    protected String indexName(String table, String index) {
        return quote(Identifiers.namespaceOf(table).map(n -> n + "." + index).orElse(index));
    }

    protected String quoteChar() {
        return "\"";
    }

    @Override
    public String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    @Override
    public SchemaReader reader() {
        return new SchemaReader(this);
    }

    // ---- tables and columns

    protected List<String> createTable(Table table) {
        List<String> parts = new ArrayList<>();
        table.columns().values().forEach(c -> parts.add(columnDefinition(c)));
        if (table.primaryKey() != null) {
            parts.add(primaryKeyClause(table.name(), table.primaryKey().columns()));
        }
        List<String> after = new ArrayList<>();
        for (TableConstraint constraint : table.constraints().values()) {
            if (constraint instanceof Index index) {
                after.add(createIndex(table.name(), index));
            } else if (constraint instanceof CheckConstraint check) {
                parts.add(checkClause(check, table.columns().keySet()));
            } else {
                parts.add(constraintClause(table.name(), constraint));
            }
        }
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + quote(table.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)"
                + tableOptions());
        statements.addAll(after);
        return statements;
    }

    protected String tableOptions() {
        return "";
    }

    protected String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(type(column.type()));
        if (column.identity()) {
            sql.append(" GENERATED BY DEFAULT AS IDENTITY");
        }
        if (column.hasDefault()) {
            sql.append(" DEFAULT ").append(defaultSql(column.defaultValue(), column.type()));
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    protected String defaultSql(DefaultValue value, SqlType type) {
        if (value instanceof DefaultValue.Text text) {
            return literal(text.value());
        }
        return value.sql();
    }

    /** The new name stays in the table's schema; H2 and PostgreSQL take it unqualified. */
    protected List<String> renameTable(RenameTable op, Schema before) {
        return List.of(alter(op.from()) + "RENAME TO " + quote(Identifiers.localName(op.to())));
    }

    protected List<String> dropSchema(DropSchema op) {
        return List.of("DROP SCHEMA " + quote(op.name()) + " RESTRICT");
    }

    protected List<String> renameColumn(RenameColumn op) {
        return List.of(alter(op.table()) + "RENAME COLUMN " + quote(op.from()) + " TO " + quote(op.to()));
    }

    protected abstract List<String> alterColumnType(AlterColumnType op, Column before);

    /** A change to one column: the standard {@code ALTER COLUMN} clause, or, on MariaDB, the whole column again. */
    protected List<String> changeColumn(Schema before, String table, String column,
                                        java.util.function.UnaryOperator<Column> change, String standardClause) {
        return List.of(alter(table) + "ALTER COLUMN " + quote(column) + " " + standardClause);
    }

    protected abstract List<String> setIdentity(String table, Column column);

    protected List<String> dropIdentity(String table, Column column) {
        return List.of(alter(table) + "ALTER COLUMN " + quote(column.name()) + " DROP IDENTITY");
    }

    // ---- keys, indexes and constraints

    protected String primaryKeyClause(String table, List<String> columns) {
        return "PRIMARY KEY (" + names(columns) + ")";
    }

    protected List<String> dropPrimaryKey(Table table) {
        return List.of(alter(table.name()) + "DROP PRIMARY KEY");
    }

    protected String createIndex(String table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON "
                + quote(table) + " (" + names(index.columns()) + ")";
    }

    /** An index built without blocking writes, where the database can; by default as any index. */
    protected String createIndexOnline(String table, Index index) {
        return createIndex(table, index);
    }

    protected List<String> dropIndex(DropIndex op, Schema before) {
        return List.of("DROP INDEX " + indexName(op.table(), op.name()));
    }

    /** Drops an index without blocking reads and writes, where the database can; by default as any drop. */
    protected List<String> dropIndexOnline(DropIndex op, Schema before) {
        return dropIndex(op, before);
    }

    /**
     * What makes a constraint added skip the rows already there; by default nothing: H2 and MariaDB
     * check them as they add it, which is the closest they have.
     */
    protected String notValid() {
        return "";
    }

    /** Checks the rows against a constraint added not valid; nothing where it was checked as it was added. */
    protected List<String> validateConstraint(ValidateConstraint op) {
        return List.of();
    }

    /** NOT NULL set without blocking the rows while they are checked, where the database can; by default plainly. */
    protected List<String> setNotNullSafely(SetNotNull op, Schema before) {
        return changeColumn(before, op.table(), op.column(), c -> c.withNullable(false), "SET NOT NULL");
    }

    /** By default the index makes way for a constraint of its columns, which builds its own. */
    protected List<String> attachUniqueConstraint(AttachUniqueConstraint op, Schema before) {
        Index index = before.requireTable(op.table()).constraint(op.index()).map(Index.class::cast).orElseThrow();
        List<String> statements = new ArrayList<>(dropIndex(new DropIndex(op.table(), op.index()), before));
        statements.add(alter(op.table()) + "ADD "
                + constraintClause(op.table(), new UniqueConstraint(op.name(), index.columns())));
        return statements;
    }

    /** By default the index makes way for the primary key, which builds its own. */
    protected List<String> attachPrimaryKey(AttachPrimaryKey op, Schema before) {
        Index index = before.requireTable(op.table()).constraint(op.index()).map(Index.class::cast).orElseThrow();
        List<String> statements = new ArrayList<>(dropIndex(new DropIndex(op.table(), op.index()), before));
        statements.add(alter(op.table()) + "ADD " + primaryKeyClause(op.table(), index.columns()));
        return statements;
    }

    @Override
    public List<String> cleanupAfterFailure(Operation operation, Schema before) {
        return List.of();
    }

    protected List<String> dropForeignKey(DropForeignKey op) {
        return List.of(alter(op.table()) + "DROP CONSTRAINT " + quote(op.name()));
    }

    protected List<String> dropUniqueConstraint(DropUniqueConstraint op, Schema before) {
        return List.of(alter(op.table()) + "DROP CONSTRAINT " + quote(op.name()));
    }

    protected String constraintClause(String table, TableConstraint constraint) {
        String head = "CONSTRAINT " + quote(constraint.name()) + " ";
        if (constraint instanceof UniqueConstraint unique) {
            return head + "UNIQUE (" + names(unique.columns()) + ")";
        }
        if (constraint instanceof ForeignKey fk) {
            return head + "FOREIGN KEY (" + names(fk.columns()) + ") REFERENCES " + quote(referenced(table, fk.referencedTable()))
                    + " (" + names(fk.referencedColumns()) + ")" + onDelete(fk.onDelete());
        }
        if (constraint instanceof CheckConstraint check) {
            return head + "CHECK (" + check.expression() + ")";
        }
        throw new IllegalArgumentException("not a table constraint clause: " + constraint);
    }

    /** A check whose expression names the columns as they were created: a reserved word quoted. */
    protected String checkClause(CheckConstraint check, java.util.Set<String> columns) {
        return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expressionFor(columns, this::quote) + ")";
    }

    /**
     * H2 and MariaDB look for an unqualified referenced table in the schema of the referencing one:
     * from another schema, a table of the default schema is named with it, where it is known.
     */
    private String referenced(String table, String referencedTable) {
        boolean fromElsewhere = Identifiers.namespaceOf(table).isPresent()
                && Identifiers.namespaceOf(referencedTable).isEmpty();
        return fromElsewhere && defaultNamespace != null ? defaultNamespace + "." + referencedTable : referencedTable;
    }

    protected String onDelete(ReferentialAction action) {
        return action == ReferentialAction.NO_ACTION ? "" : " ON DELETE " + action.sql();
    }

    protected String createSequence(Sequence sequence) {
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE ").append(quote(sequence.name()))
                .append(" START WITH ").append(sequence.start())
                .append(" INCREMENT BY ").append(sequence.increment());
        // The default bounds (1 going up, -1 going down) would refuse such a start.
        if (sequence.increment() > 0 && sequence.start() < 1) {
            sql.append(" MINVALUE ").append(sequence.start());
        } else if (sequence.increment() < 0 && sequence.start() > -1) {
            sql.append(" MAXVALUE ").append(sequence.start());
        }
        return sql.toString();
    }

    // ---- normalisation

    @Override
    public Schema normalise(Schema schema) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Table table : schema.tables().values()) {
            Map<String, Column> columns = new LinkedHashMap<>();
            table.columns().forEach((name, c) -> columns.put(name, c.withType(normalType(c.type()))));
            Map<String, TableConstraint> constraints = new LinkedHashMap<>();
            table.constraints().forEach((name, c) -> constraints.put(name, normalConstraint(c)));
            tables.put(table.name(), new Table(table.name(), columns, table.primaryKey(), constraints));
        }
        return new Schema(tables, schema.sequences(), schema.namespaces());
    }

    private TableConstraint normalConstraint(TableConstraint constraint) {
        if (constraint instanceof CheckConstraint check) {
            return new CheckConstraint(check.name(), CheckCanonical.of(check.expression()));
        }
        if (constraint instanceof ForeignKey fk) {
            return new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                    normalAction(fk.onDelete()));
        }
        return constraint;
    }

    /** The action this database gives back for a foreign key declared with {@code action}. */
    protected ReferentialAction normalAction(ReferentialAction action) {
        return action;
    }

    /** The type this database gives back for a column declared with {@code type}. */
    protected SqlType normalType(SqlType type) {
        return type;
    }

    // ---- helpers

    protected String alter(String table) {
        return "ALTER TABLE " + quote(table) + " ";
    }

    protected String names(List<String> columns) {
        return columns.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    protected static Column column(Schema schema, String table, String column) {
        return schema.requireTable(table).requireColumn(column);
    }

    protected static boolean prefixOf(List<String> prefix, List<String> columns) {
        return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
    }

    private static String stripTerminator(String sql) {
        String trimmed = sql.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
        }
        return trimmed;
    }
}
