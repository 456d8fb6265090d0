package dev.retort.sql;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the schema of a live database (the connection's current schema, or database on MariaDB, and
 * the other SQL schemas asked for, whose tables come back qualified: {@code sales.orders}) into
 * Retort's model: tables, columns, keys and indexes through {@link DatabaseMetaData}; what it
 * does not tell (unique constraints, checks, sequences, MariaDB's exact column types) from the
 * database's catalog, through {@link Catalog}. Names come back folded to lower case.
 */
public final class SchemaReader {

    private final Catalog catalog;

    SchemaReader(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The schema of the default namespace and of those named in {@code namespaces} that exist, leaving
     * out the named tables of the default one (Retort's own history and lock tables).
     */
    public Schema read(Connection connection, Set<String> excludedTables, Set<String> namespaces)
            throws SQLException {
        Scope defaults = catalog.scope(connection);
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        readScope(connection, defaults, defaults, "", excludedTables, tables, sequences);
        Set<String> found = new TreeSet<>();
        for (String namespace : namespaces) {
            Optional<Scope> scope = catalog.namespace(connection, defaults, namespace);
            if (scope.isPresent()) {
                found.add(namespace);
                readScope(connection, defaults, scope.get(), namespace + ".", Set.of(), tables, sequences);
            }
        }
        return new Schema(tables, sequences, found);
    }

    /** The connection's own schema (database, on MariaDB), folded. */
    String defaultNamespace(Connection connection) throws SQLException {
        return fold(catalog.schemaName(catalog.scope(connection)));
    }

    public Schema read(Connection connection, Set<String> excludedTables) throws SQLException {
        return read(connection, excludedTables, Set.of());
    }

    public Schema read(Connection connection) throws SQLException {
        return read(connection, Set.of());
    }

    private void readScope(Connection connection, Scope defaults, Scope scope, String prefix,
                           Set<String> excludedTables, Map<String, Table> tables, Map<String, Sequence> sequences)
            throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String table : tableNames(metaData, scope)) {
            if (!excludedTables.contains(fold(table))) {
                Table read = readTable(connection, metaData, defaults, scope, table, prefix);
                tables.put(read.name(), read);
            }
        }
        for (Sequence sequence : catalog.sequences(connection, scope)) {
            Sequence named = new Sequence(prefix + sequence.name(), sequence.start(), sequence.increment());
            sequences.put(named.name(), named);
        }
    }

    private List<String> tableNames(DatabaseMetaData metaData, Scope scope) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = metaData.getTables(scope.catalog(), pattern(metaData, scope.schema()), "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if ("TABLE".equalsIgnoreCase(type) || "BASE TABLE".equalsIgnoreCase(type)) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        names.removeAll(catalog.sequenceTables(metaData.getConnection(), scope));
        return names;
    }

    private Table readTable(Connection connection, DatabaseMetaData metaData, Scope defaults, Scope scope,
                            String table, String prefix) throws SQLException {
        String schemaPattern = pattern(metaData, scope.schema());
        String tablePattern = pattern(metaData, table);
        Map<String, ColumnDetail> details = catalog.columnDetails(connection, scope, table);
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = metaData.getColumns(scope.catalog(), schemaPattern, tablePattern, "%")) {
            while (rs.next()) {
                if (!table.equals(rs.getString("TABLE_NAME"))) {
                    continue;
                }
                String name = rs.getString("COLUMN_NAME");
                ColumnDetail detail = details.getOrDefault(name, new ColumnDetail(rs.getString("TYPE_NAME"),
                        rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"), rs.getString("COLUMN_DEF"),
                        "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
                SqlType type = catalog.type(detail);
                boolean nullable = rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
                DefaultValue value = detail.identity() ? null : catalog.defaultValue(detail.defaultSql(), type);
                columns.add(new Column(fold(name), type, nullable, value, detail.identity()));
            }
        }
        String keyName = null;
        TreeMap<Integer, String> keyColumns = new TreeMap<>();
        try (ResultSet rs = metaData.getPrimaryKeys(scope.catalog(), scope.schema(), table)) {
            while (rs.next()) {
                keyColumns.put(rs.getInt("KEY_SEQ"), fold(rs.getString("COLUMN_NAME")));
                keyName = rs.getString("PK_NAME");
            }
        }
        PrimaryKey key = keyColumns.isEmpty() ? null : new PrimaryKey(new ArrayList<>(keyColumns.values()));

        List<TableConstraint> constraints = new ArrayList<>();
        List<ForeignKey> foreignKeys = foreignKeys(metaData, defaults, scope, table);
        constraints.addAll(foreignKeys);
        Map<String, List<String>> uniques = catalog.uniqueConstraints(connection, scope, table);
        uniques.forEach((name, cols) -> constraints.add(new UniqueConstraint(fold(name), fold(cols))));
        Set<String> hidden = catalog.hiddenIndexes(connection, scope, table, uniques.keySet(),
                foreignKeys.stream().map(ForeignKey::name).toList());
        constraints.addAll(indexes(metaData, scope, table, keyName, hidden));
        catalog.checks(connection, scope, table).forEach((name, expression) ->
                constraints.add(new CheckConstraint(fold(name), expression)));
        return Table.of(prefix + fold(table), columns, key, constraints);
    }

    private List<ForeignKey> foreignKeys(DatabaseMetaData metaData, Scope defaults, Scope scope, String table)
            throws SQLException {
        Map<String, List<String[]>> byName = new LinkedHashMap<>();
        Map<String, String[]> targets = new LinkedHashMap<>();
        try (ResultSet rs = metaData.getImportedKeys(scope.catalog(), scope.schema(), table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(new String[] {
                        String.format("%05d", rs.getInt("KEY_SEQ")), rs.getString("FKCOLUMN_NAME"),
                        rs.getString("PKCOLUMN_NAME")});
                targets.put(name, new String[] {referencedTable(defaults, rs),
                        String.valueOf(rs.getShort("DELETE_RULE"))});
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        byName.forEach((name, rows) -> {
            rows.sort((a, b) -> a[0].compareTo(b[0]));
            keys.add(new ForeignKey(fold(name), rows.stream().map(r -> fold(r[1])).toList(), fold(targets.get(name)[0]),
                    rows.stream().map(r -> fold(r[2])).toList(), action(Short.parseShort(targets.get(name)[1]))));
        });
        return keys;
    }

    /** The referenced table's name, qualified when it is in another SQL schema. */
    private String referencedTable(Scope defaults, ResultSet key) throws SQLException {
        String namespace = catalog.schemaName(new Scope(key.getString("PKTABLE_CAT"), key.getString("PKTABLE_SCHEM")));
        String table = fold(key.getString("PKTABLE_NAME"));
        return namespace == null || namespace.equalsIgnoreCase(catalog.schemaName(defaults)) ? table
                : fold(namespace) + "." + table;
    }

    private static ReferentialAction action(short rule) {
        switch (rule) {
            case DatabaseMetaData.importedKeyCascade: return ReferentialAction.CASCADE;
            case DatabaseMetaData.importedKeySetNull: return ReferentialAction.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault: return ReferentialAction.SET_DEFAULT;
            case DatabaseMetaData.importedKeyRestrict: return ReferentialAction.RESTRICT;
            default: return ReferentialAction.NO_ACTION;
        }
    }

    private static List<Index> indexes(DatabaseMetaData metaData, Scope scope, String table, String keyName,
                                       Set<String> hidden) throws SQLException {
        Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rs = metaData.getIndexInfo(scope.catalog(), scope.schema(), table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic
                        || name.equals(keyName) || hidden.contains(fold(name))) {
                    continue;
                }
                columns.computeIfAbsent(name, n -> new TreeMap<>())
                        .put(rs.getInt("ORDINAL_POSITION"), fold(rs.getString("COLUMN_NAME")));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        List<Index> indexes = new ArrayList<>();
        columns.forEach((name, cols) -> indexes.add(new Index(fold(name), new ArrayList<>(cols.values()),
                unique.get(name))));
        return indexes;
    }

    private static String pattern(DatabaseMetaData metaData, String name) throws SQLException {
        if (name == null) {
            return null;
        }
        String escape = metaData.getSearchStringEscape();
        return escape == null || escape.isEmpty() ? name
                : name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    public static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static List<String> fold(List<String> names) {
        return names.stream().map(SchemaReader::fold).toList();
    }
}
