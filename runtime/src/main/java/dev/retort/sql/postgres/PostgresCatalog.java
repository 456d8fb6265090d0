package dev.retort.sql.postgres;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** PostgreSQL's information_schema, and pg_catalog for checks. */
public final class PostgresCatalog extends Catalog {

    @Override
    protected Scope scope(Connection connection) throws SQLException {
        return new Scope(null, connection.getSchema());
    }

    @Override
    protected SqlType type(ColumnDetail column) {
        switch (column.typeName()) {
            case "int2": return SqlType.of(Kind.SMALLINT);
            case "int4":
            case "serial": return SqlType.of(Kind.INTEGER);
            case "int8":
            case "bigserial": return SqlType.of(Kind.BIGINT);
            case "bool": return SqlType.of(Kind.BOOLEAN);
            case "varchar": return SqlType.varchar(column.size());
            case "bpchar": return SqlType.character(column.size());
            case "text": return SqlType.of(Kind.TEXT);
            case "numeric": return SqlType.numeric(column.size(), column.scale());
            case "float4": return SqlType.of(Kind.REAL);
            case "float8": return SqlType.of(Kind.DOUBLE);
            case "date": return SqlType.of(Kind.DATE);
            case "time": return SqlType.time(column.scale());
            case "timestamp": return SqlType.of(Kind.TIMESTAMP);
            case "timestamptz": return SqlType.of(Kind.TIMESTAMP_TZ);
            case "uuid": return SqlType.of(Kind.UUID);
            case "bytea": return PostgresDialect.BYTEA;
            case "oid": return SqlType.of(Kind.BLOB);
            default: throw new IllegalStateException("Retort has no type for PostgreSQL's " + column.typeName());
        }
    }

    @Override
    protected Set<String> hiddenIndexes(Connection connection, Scope scope, String table, Collection<String> uniques,
                              Collection<String> foreignKeys) {
        return uniques.stream().map(SchemaReader::fold).collect(Collectors.toSet());
    }

    @Override
    protected Map<String, String> checks(Connection connection, Scope scope, String table) throws SQLException {
        Map<String, String> checks = new LinkedHashMap<>();
        query(connection, "SELECT con.conname, pg_get_constraintdef(con.oid) FROM pg_constraint con"
                        + " JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                        + " WHERE con.contype = 'c' AND n.nspname = ? AND t.relname = ?",
                List.of(scope.schema(), table), rs -> checks.put(rs.getString(1),
                        rs.getString(2).replaceFirst("^CHECK ", "").replaceFirst(" NOT VALID$", "")));
        return checks;
    }

    @Override
    protected List<Sequence> sequences(Connection connection, Scope scope) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        query(connection, "SELECT sequence_name, start_value, increment FROM information_schema.sequences"
                        + " WHERE sequence_schema = ?", List.of(scope.schema()),
                rs -> sequences.add(new Sequence(SchemaReader.fold(rs.getString(1)),
                        Long.parseLong(rs.getString(2)), Long.parseLong(rs.getString(3)))));
        return sequences;
    }
}
