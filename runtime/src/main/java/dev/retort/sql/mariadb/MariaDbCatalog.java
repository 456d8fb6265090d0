package dev.retort.sql.mariadb;

import dev.retort.sql.Catalog;
import dev.retort.sql.ColumnDetail;
import dev.retort.sql.DefaultParser;
import dev.retort.sql.SchemaReader;
import dev.retort.sql.Scope;
import dev.retort.sql.token.SqlSyntax;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import dev.retort.schema.SqlType.Kind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MariaDB's information_schema: exact column types, unique keys told apart by comment, sequences. */
public final class MariaDbCatalog extends Catalog {

    private static final Pattern TYPE = Pattern.compile("([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?( unsigned)?");

    @Override
    protected Scope scope(Connection connection) throws SQLException {
        return new Scope(connection.getCatalog(), null);
    }

    @Override
    protected Scope scopeOf(Scope defaults, String namespace) {
        return new Scope(namespace, null);
    }

    @Override
    protected String schemaName(Scope scope) {
        return scope.catalog();
    }

    @Override
    protected Map<String, ColumnDetail> columnDetails(Connection connection, Scope scope, String table) throws SQLException {
        Map<String, ColumnDetail> details = new LinkedHashMap<>();
        query(connection, "SELECT COLUMN_NAME, COLUMN_TYPE, COLUMN_DEFAULT, EXTRA FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?", List.of(scope.catalog(), table),
                rs -> details.put(rs.getString(1), new ColumnDetail(rs.getString(2), 0, 0, rs.getString(3),
                        rs.getString(4).toLowerCase(Locale.ROOT).contains("auto_increment"))));
        return details;
    }

    @Override
    protected SqlType type(ColumnDetail column) {
        Matcher m = TYPE.matcher(column.typeName().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalStateException("Retort cannot read MariaDB's type " + column.typeName());
        }
        int size = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int scale = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        switch (m.group(1)) {
            case "tinyint": return size == 1 ? SqlType.of(Kind.BOOLEAN) : SqlType.of(Kind.TINYINT);
            case "bit": // Hibernate's boolean on MariaDB
                if (size == 1) {
                    return SqlType.of(Kind.BOOLEAN);
                }
                throw new IllegalStateException("Retort has no type for MariaDB's " + column.typeName());
            case "smallint": return SqlType.of(Kind.SMALLINT);
            case "int": return SqlType.of(Kind.INTEGER);
            case "bigint": return SqlType.of(Kind.BIGINT);
            case "varchar": return SqlType.varchar(size);
            case "char": return SqlType.character(size);
            case "text": return SqlType.of(Kind.TEXT);
            case "longtext": return SqlType.of(Kind.CLOB);
            case "decimal": return SqlType.numeric(size, scale);
            case "float": return SqlType.of(Kind.REAL);
            case "double": return SqlType.of(Kind.DOUBLE);
            case "date": return SqlType.of(Kind.DATE);
            case "time": return SqlType.time(size);
            case "datetime": return SqlType.of(Kind.TIMESTAMP);
            case "timestamp": return SqlType.of(Kind.TIMESTAMP_TZ);
            case "uuid": return SqlType.of(Kind.UUID);
            case "varbinary": return SqlType.varbinary(size);
            case "longblob": return SqlType.of(Kind.BLOB);
            default: throw new IllegalStateException("Retort has no type for MariaDB's " + column.typeName());
        }
    }

    @Override
    protected DefaultValue defaultValue(String sql, SqlType type) {
        return DefaultParser.parse(sql, type, SqlSyntax.MARIADB);
    }

    @Override
    protected Map<String, List<String>> uniqueConstraints(Connection connection, Scope scope, String table) throws SQLException {
        Map<String, List<String>> found = new LinkedHashMap<>();
        query(connection, "SELECT INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS"
                        + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND NON_UNIQUE = 0 AND INDEX_NAME <> 'PRIMARY'"
                        + " AND INDEX_COMMENT <> ? ORDER BY INDEX_NAME, SEQ_IN_INDEX",
                List.of(scope.catalog(), table, MariaDbDialect.UNIQUE_INDEX_COMMENT),
                rs -> found.computeIfAbsent(rs.getString(1), n -> new ArrayList<>()).add(rs.getString(2)));
        return found;
    }

    @Override
    protected Set<String> hiddenIndexes(Connection connection, Scope scope, String table, Collection<String> uniques,
                              Collection<String> foreignKeys) {
        Set<String> hidden = new HashSet<>();
        uniques.forEach(u -> hidden.add(SchemaReader.fold(u)));
        foreignKeys.forEach(fk -> hidden.add(SchemaReader.fold(fk)));
        return hidden;
    }

    @Override
    protected Map<String, String> checks(Connection connection, Scope scope, String table) throws SQLException {
        Map<String, String> checks = new LinkedHashMap<>();
        query(connection, "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                        + " WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ?",
                List.of(scope.catalog(), table), rs -> checks.put(rs.getString(1), rs.getString(2)));
        return checks;
    }

    @Override
    protected List<String> sequenceTables(Connection connection, Scope scope) throws SQLException {
        List<String> names = new ArrayList<>();
        query(connection, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?"
                + " AND TABLE_TYPE = 'SEQUENCE'", List.of(scope.catalog()), rs -> names.add(rs.getString(1)));
        return names;
    }

    @Override
    protected List<Sequence> sequences(Connection connection, Scope scope) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        for (String name : sequenceTables(connection, scope)) {
            // The name comes from the catalog, not from input; quoted all the same.
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT start_value, increment FROM `"
                         + scope.catalog().replace("`", "``") + "`.`" + name.replace("`", "``") + "`")) {
                rs.next();
                sequences.add(new Sequence(SchemaReader.fold(name), rs.getLong(1), rs.getLong(2)));
            }
        }
        return sequences;
    }
}
