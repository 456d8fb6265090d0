package dev.retort.sql.h2;

import dev.retort.sql.Catalog;
import dev.retort.sql.ColumnDetail;
import dev.retort.sql.SchemaReader;
import dev.retort.sql.Scope;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import dev.retort.schema.SqlType.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** H2 2.x's INFORMATION_SCHEMA. */
public final class H2Catalog extends Catalog {

    @Override
    protected Scope scope(Connection connection) throws SQLException {
        return new Scope(connection.getCatalog(), connection.getSchema());
    }

    @Override
    protected SqlType type(ColumnDetail column) {
        String name = column.typeName().toUpperCase(Locale.ROOT);
        switch (name) {
            case "TINYINT": return SqlType.of(Kind.TINYINT);
            case "SMALLINT": return SqlType.of(Kind.SMALLINT);
            case "INTEGER": return SqlType.of(Kind.INTEGER);
            case "BIGINT": return SqlType.of(Kind.BIGINT);
            case "BOOLEAN": return SqlType.of(Kind.BOOLEAN);
            case "CHARACTER VARYING":
                return column.size() >= H2Dialect.MAX_VARCHAR ? SqlType.of(Kind.TEXT) : SqlType.varchar(column.size());
            case "CHARACTER": return SqlType.character(column.size());
            case "NUMERIC":
            case "DECIMAL": return SqlType.numeric(column.size(), column.scale());
            case "REAL": return SqlType.of(Kind.REAL);
            case "DOUBLE PRECISION": return SqlType.of(Kind.DOUBLE);
            case "DATE": return SqlType.of(Kind.DATE);
            case "TIME": return SqlType.time(column.scale());
            case "TIMESTAMP": return SqlType.of(Kind.TIMESTAMP);
            case "TIMESTAMP WITH TIME ZONE": return SqlType.of(Kind.TIMESTAMP_TZ);
            case "UUID": return SqlType.of(Kind.UUID);
            case "BINARY VARYING": return SqlType.varbinary(column.size());
            case "BINARY LARGE OBJECT": return SqlType.of(Kind.BLOB);
            case "CHARACTER LARGE OBJECT": return SqlType.of(Kind.CLOB);
            default: throw new IllegalStateException("Retort has no type for H2's " + column.typeName());
        }
    }

    /** From the constraint's index: H2 2.3's KEY_COLUMN_USAGE keeps a renamed column's old name. */
    @Override
    protected Map<String, List<String>> uniqueConstraints(Connection connection, Scope scope, String table) throws SQLException {
        Map<String, List<String>> found = new LinkedHashMap<>();
        query(connection, "SELECT tc.CONSTRAINT_NAME, ic.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                        + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic ON ic.INDEX_SCHEMA = tc.INDEX_SCHEMA"
                        + " AND ic.INDEX_NAME = tc.INDEX_NAME AND ic.TABLE_NAME = tc.TABLE_NAME"
                        + " WHERE tc.CONSTRAINT_TYPE = 'UNIQUE' AND tc.TABLE_SCHEMA = ? AND tc.TABLE_NAME = ?"
                        + " ORDER BY tc.CONSTRAINT_NAME, ic.ORDINAL_POSITION", List.of(scope.schema(), table),
                rs -> found.computeIfAbsent(rs.getString(1), n -> new ArrayList<>()).add(rs.getString(2)));
        return found;
    }

    @Override
    protected Set<String> hiddenIndexes(Connection connection, Scope scope, String table, Collection<String> uniques,
                              Collection<String> foreignKeys) throws SQLException {
        Set<String> hidden = new HashSet<>();
        query(connection, "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"
                        + " AND IS_GENERATED", List.of(scope.schema(), table),
                rs -> hidden.add(SchemaReader.fold(rs.getString(1))));
        return hidden;
    }

    @Override
    protected Map<String, String> checks(Connection connection, Scope scope, String table) throws SQLException {
        Map<String, String> checks = new LinkedHashMap<>();
        query(connection, "SELECT tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                        + " JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                        + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                        + " WHERE tc.CONSTRAINT_TYPE = 'CHECK' AND tc.TABLE_SCHEMA = ? AND tc.TABLE_NAME = ?",
                List.of(scope.schema(), table), rs -> checks.put(rs.getString(1), rs.getString(2)));
        return checks;
    }

    @Override
    protected List<Sequence> sequences(Connection connection, Scope scope) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        query(connection, "SELECT SEQUENCE_NAME, START_VALUE, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES"
                        + " WHERE SEQUENCE_SCHEMA = ? AND SEQUENCE_NAME NOT LIKE 'SYSTEM\\_SEQUENCE\\_%' ESCAPE '\\'",
                List.of(scope.schema()), rs -> sequences.add(new Sequence(SchemaReader.fold(rs.getString(1)),
                        rs.getLong(2), rs.getLong(3))));
        return sequences;
    }
}
