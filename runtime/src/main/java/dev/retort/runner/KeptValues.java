package dev.retort.runner;

import dev.retort.operation.DropColumn;
import dev.retort.operation.DropTable;
import dev.retort.operation.Operation;
import dev.retort.operation.SetNotNull;
import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.sql.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a destructive operation destroys, kept aside where the database cannot roll its DDL back: before
 * operation n of a run drops a column of a table with rows, its table's primary key and the column are
 * copied into {@code retort_kept_<n>}; before it drops a table with rows, the whole table is. An undo
 * (now, or by {@link Recovery} after a killed run, which derives the name from the journal's migration)
 * puts the values back from it; a run that ends well, or an undo that completes, drops it.
 */
final class KeptValues {

    static final String PREFIX = "retort_kept_";
    private static final Pattern NAME = Pattern.compile("(?i)" + PREFIX + "\\d+");

    private final Dialect dialect;

    KeptValues(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Whether a table is one Retort keeps values in (never part of the live schema). */
    static boolean isKept(String table) {
        return NAME.matcher(table).matches();
    }

    /** The live schema without the side tables. */
    static Schema withoutKept(Schema schema) {
        Schema without = schema;
        for (String table : schema.tables().keySet()) {
            if (isKept(table)) {
                without = without.withoutTable(table);
            }
        }
        return without;
    }

    /** The side table of operation {@code index} (from 0) of a run. */
    static String name(int index) {
        return PREFIX + (index + 1);
    }

    /**
     * The statements that keep what operation {@code index} destroys, run just before it; none where
     * it destroys nothing kept (not a drop, no rows, or a column of a table without a primary key).
     */
    List<String> keep(Connection connection, Operation operation, Schema before, int index) throws SQLException {
        String side = name(index);
        String select;
        if (operation instanceof DropColumn drop) {
            Table table = before.requireTable(drop.table());
            if (table.primaryKey() == null || !hasRows(connection, drop.table())) {
                return List.of();
            }
            List<String> columns = new ArrayList<>(table.primaryKey().columns());
            columns.add(drop.column());
            select = "SELECT " + columns.stream().map(dialect::quote).collect(Collectors.joining(", ")) + " FROM "
                    + dialect.quote(drop.table());
        } else if (operation instanceof DropTable drop && hasRows(connection, drop.table())) {
            select = "SELECT * FROM " + dialect.quote(drop.table());
        } else {
            return List.of();
        }
        List<String> statements = new ArrayList<>();
        if (OwnTables.exists(connection, side)) {
            // Left by the interrupted run this one finishes, before its drop ran: the table still holds them.
            statements.add("DROP TABLE " + side);
        }
        statements.add("CREATE TABLE " + side + " AS " + select);
        return statements;
    }

    /** What a drop destroyed, as a message names it once it is back. */
    static String what(Operation operation) {
        return operation instanceof DropColumn drop ? "the values of " + drop.table() + "." + drop.column()
                : "the rows of " + ((DropTable) operation).table();
    }

    /** Whether the values operation {@code index} destroyed are kept. */
    boolean kept(Connection connection, Operation operation, int index) {
        try {
            return (operation instanceof DropColumn || operation instanceof DropTable)
                    && OwnTables.exists(connection, name(index));
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Puts back what operation {@code index} destroyed, once its inverse has re-made the column or the
     * table; again after a lost acknowledgement changes nothing. Autocommit is on.
     */
    void restore(Connection connection, Operation operation, Schema before, int index) throws SQLException {
        String side = name(index);
        if (operation instanceof DropTable drop) {
            if (hasRows(connection, drop.table())) {
                return;
            }
            String columns = before.requireTable(drop.table()).columns().keySet().stream().map(dialect::quote)
                    .collect(Collectors.joining(", "));
            execute(connection, "INSERT INTO " + dialect.quote(drop.table()) + " (" + columns + ") SELECT " + columns
                    + " FROM " + side);
            for (Column column : before.requireTable(drop.table()).columns().values()) {
                if (column.identity()) {
                    long next = nextAfter(connection, drop.table(), column.name());
                    for (String sql : dialect.identityAfterRows(drop.table(), column.name(), next)) {
                        execute(connection, sql);
                    }
                }
            }
            return;
        }
        DropColumn drop = (DropColumn) operation;
        execute(connection, update(drop.table(), before.requireTable(drop.table()).primaryKey().columns(), drop.column(),
                side));
    }

    /**
     * What the values put back allow again: {@code NOT NULL} on a column that had it, which the undo
     * re-added nullable because its table had rows ({@code schema} is the schema then).
     */
    List<Operation> constraintsBack(Operation operation, Schema before, Schema schema) {
        if (operation instanceof DropColumn drop) {
            Column wanted = before.requireTable(drop.table()).requireColumn(drop.column());
            Column now = schema.requireTable(drop.table()).requireColumn(drop.column());
            if (!wanted.nullable() && now.nullable()) {
                return List.of(new SetNotNull(drop.table(), drop.column(), false));
            }
        }
        return List.of();
    }

    /** The values by key, as each database joins best (a correlated subquery per row would be quadratic). */
    private String update(String table, List<String> key, String column, String side) {
        String t = dialect.quote(table);
        String c = dialect.quote(column);
        String on = key.stream().map(k -> t + "." + dialect.quote(k) + " = k." + dialect.quote(k))
                .collect(Collectors.joining(" AND "));
        return switch (dialect.database()) {
            case POSTGRESQL -> "UPDATE " + t + " SET " + c + " = k." + c + " FROM " + side + " k WHERE " + on;
            case MARIADB -> "UPDATE " + t + " JOIN " + side + " k ON " + on + " SET " + t + "." + c + " = k." + c;
            case H2 -> "MERGE INTO " + t + " USING " + side + " k ON (" + on + ") WHEN MATCHED THEN UPDATE SET " + c
                    + " = k." + c;
        };
    }

    /** Drops every side table of the run that exists (three tries each); returns those left. */
    List<String> left(Connection connection, MigrationRun run) {
        List<String> left = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            if (kept(connection, run.operations().get(i), i)) {
                String sql = "DROP TABLE " + name(i);
                if (!(quietly(connection, sql) || quietly(connection, sql) || quietly(connection, sql))) {
                    left.add(name(i));
                }
            }
        }
        return left;
    }

    private static boolean quietly(Connection connection, String sql) {
        try {
            execute(connection, sql);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** One past the largest value the column holds (1 when it holds none). */
    private long nextAfter(Connection connection, String table, String column) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT MAX(" + dialect.quote(column) + ") FROM " + dialect.quote(table))) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }

    private boolean hasRows(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT 1 FROM " + dialect.quote(table) + " LIMIT 1")) {
            return rs.next();
        }
    }
}
