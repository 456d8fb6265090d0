package dev.retort.sql;

import dev.retort.sql.token.SqlSyntax;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What one database tells about its schema beyond {@link java.sql.DatabaseMetaData}. */
public abstract class Catalog {

    protected abstract Scope scope(Connection connection) throws SQLException;

    /** The scope of another SQL schema, by its folded name; empty when the database has none of that name. */
    protected Optional<Scope> namespace(Connection connection, Scope defaults, String name) throws SQLException {
        List<String> found = new ArrayList<>();
        query(connection, "SELECT schema_name FROM information_schema.schemata WHERE LOWER(schema_name) = ?",
                List.of(name), rs -> found.add(rs.getString(1)));
        return found.stream().findFirst().map(spelled -> scopeOf(defaults, spelled));
    }

    /** The scope of a SQL schema, as the database spells its name. */
    protected Scope scopeOf(Scope defaults, String namespace) {
        return new Scope(defaults.catalog(), namespace);
    }

    /** The Retort type of a column, from the database's own name and sizes for it. */
    protected abstract SqlType type(ColumnDetail column);

    /** Column details that replace what {@code getColumns} says, by column name (as the database spells it). */
    protected Map<String, ColumnDetail> columnDetails(Connection connection, Scope scope, String table) throws SQLException {
        return Map.of();
    }

    protected DefaultValue defaultValue(String sql, SqlType type) {
        return DefaultParser.parse(sql, type, SqlSyntax.ANY);
    }

    /** Unique constraints by name, with their columns in order. */
    protected Map<String, List<String>> uniqueConstraints(Connection connection, Scope scope, String table) throws SQLException {
        Map<String, List<String>> found = new LinkedHashMap<>();
        query(connection, "SELECT tc.constraint_name, kcu.column_name FROM information_schema.table_constraints tc"
                + " JOIN information_schema.key_column_usage kcu ON kcu.constraint_schema = tc.constraint_schema"
                + " AND kcu.constraint_name = tc.constraint_name AND kcu.table_name = tc.table_name"
                + " WHERE tc.constraint_type = 'UNIQUE' AND tc.table_schema = ? AND tc.table_name = ?"
                + " ORDER BY tc.constraint_name, kcu.ordinal_position",
                List.of(schemaName(scope), table),
                rs -> found.computeIfAbsent(rs.getString(1), n -> new ArrayList<>()).add(rs.getString(2)));
        return found;
    }

    /** Indexes (folded names) that the database made for a constraint: not the migration's own. */
    protected abstract Set<String> hiddenIndexes(Connection connection, Scope scope, String table, Collection<String> uniques,
                                       Collection<String> foreignKeys) throws SQLException;

    /** Check constraints by name, with their expressions as the database keeps them. */
    protected abstract Map<String, String> checks(Connection connection, Scope scope, String table) throws SQLException;

    protected abstract List<Sequence> sequences(Connection connection, Scope scope) throws SQLException;

    /** Names that {@code getTables} lists as tables but are sequences (MariaDB). */
    protected List<String> sequenceTables(Connection connection, Scope scope) throws SQLException {
        return List.of();
    }

    protected String schemaName(Scope scope) {
        return scope.schema();
    }

    protected interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    protected static void query(Connection connection, String sql, List<String> parameters, RowReader reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }
}
