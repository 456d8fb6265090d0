package dev.retort.oracle;

import dev.retort.oracle.CatalogSchema.CatalogTable;
import dev.retort.oracle.CatalogSchema.Column;
import dev.retort.oracle.CatalogSchema.ForeignKey;
import dev.retort.oracle.CatalogSchema.Index;
import dev.retort.oracle.CatalogSchema.Sequence;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a live schema through plain JDBC {@link DatabaseMetaData} and, for what it does not tell
 * (unique constraints, checks, sequences), the database's own catalogs: the SQL standard's
 * {@code information_schema} on H2 and MariaDB, {@code pg_catalog} on PostgreSQL. Nothing of
 * Retort's reader, dialects or model is used: this is the judge of what Retort's machinery reads.
 */
public final class CatalogReader {

    /** Retort's own bookkeeping (its history, and its lock on H2), not part of the application's schema. */
    private static final Set<String> RETORT_TABLES = Set.of("retort_history", "retort_lock");

    private final Connection connection;
    private final DatabaseMetaData metadata;
    private final Kind kind;

    private enum Kind { H2, POSTGRESQL, MARIADB }

    private CatalogReader(Connection connection) throws SQLException {
        this.connection = connection;
        this.metadata = connection.getMetaData();
        String product = metadata.getDatabaseProductName().toLowerCase(Locale.ROOT);
        this.kind = product.contains("h2") ? Kind.H2 : product.contains("postgres") ? Kind.POSTGRESQL : Kind.MARIADB;
    }

    /**
     * The connection's own schema (database, on MariaDB) and the other SQL schemas named, whatever
     * the case they are named in; their tables qualified by their schema's name.
     */
    public static CatalogSchema read(Connection connection, Collection<String> otherSchemas) throws SQLException {
        return new CatalogReader(connection).read(otherSchemas);
    }

    private CatalogSchema read(Collection<String> otherSchemas) throws SQLException {
        String own = ownSchema();
        List<String> schemas = new ArrayList<>(List.of(own));
        for (String named : existingSchemas()) {
            if (!named.equals(own) && otherSchemas.stream().anyMatch(named::equalsIgnoreCase)) {
                schemas.add(named);
            }
        }
        SortedMap<String, CatalogTable> tables = new TreeMap<>();
        List<Sequence> sequences = new ArrayList<>();
        for (String schema : schemas) {
            String prefix = schema.equals(own) ? "" : schema + ".";
            Map<String, List<String>> checks = checks(schema);
            Map<String, List<List<String>>> uniques = uniques(schema);
            for (String table : tables(schema)) {
                tables.put(prefix + table, table(schema, own, prefix + table, table,
                        uniques.getOrDefault(table, List.of()), checks.getOrDefault(table, List.of())));
            }
            for (Sequence sequence : sequences(schema)) {
                sequences.add(new Sequence(prefix + sequence.name(), sequence.start(), sequence.increment()));
            }
        }
        sequences.sort(java.util.Comparator.comparing(Sequence::name));
        return new CatalogSchema(new TreeSet<>(schemas.subList(1, schemas.size())), tables, List.copyOf(sequences));
    }

    private String ownSchema() throws SQLException {
        return kind == Kind.MARIADB ? connection.getCatalog() : connection.getSchema();
    }

    private List<String> existingSchemas() throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = kind == Kind.MARIADB ? metadata.getCatalogs() : metadata.getSchemas()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** The catalog and schema arguments of {@link DatabaseMetaData} calls for one SQL schema. */
    private String catalog(String schema) {
        return kind == Kind.MARIADB ? schema : null;
    }

    private String schemaPattern(String schema) {
        return kind == Kind.MARIADB ? null : schema;
    }

    private List<String> tables(String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = metadata.getTables(catalog(schema), schemaPattern(schema), "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                String name = rs.getString("TABLE_NAME");
                if (("TABLE".equals(type) || "BASE TABLE".equals(type)) && !RETORT_TABLES.contains(name.toLowerCase(Locale.ROOT))) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private CatalogTable table(String schema, String own, String qualified, String table, List<List<String>> uniques,
                               List<String> checks) throws SQLException {
        List<Column> columns = columns(schema, table);
        List<String> primaryKey = primaryKey(schema, table);
        List<Index> indexes = new ArrayList<>(indexes(schema, table));
        // The indexes a database builds for a key or a unique constraint are those constraints, not indexes.
        List<List<String>> backed = new ArrayList<>(uniques);
        if (!primaryKey.isEmpty()) {
            backed.add(primaryKey);
        }
        for (List<String> key : backed) {
            indexes.remove(new Index(key, true));
        }
        indexes.sort(null);
        List<List<String>> sortedUniques = new ArrayList<>(uniques);
        sortedUniques.sort(java.util.Comparator.comparing(Object::toString));
        List<String> sortedChecks = new ArrayList<>(checks.stream().map(ParsedCheck::canonical).toList());
        sortedChecks.sort(null);
        return new CatalogTable(qualified, columns, primaryKey, foreignKeys(schema, own, table), List.copyOf(sortedUniques),
                List.copyOf(indexes), List.copyOf(sortedChecks));
    }

    private List<Column> columns(String schema, String table) throws SQLException {
        TreeMap<Integer, Column> byPosition = new TreeMap<>();
        try (ResultSet rs = metadata.getColumns(catalog(schema), schemaPattern(schema), escape(table), "%")) {
            while (rs.next()) {
                String type = rs.getString("TYPE_NAME") + "(" + rs.getInt("COLUMN_SIZE")
                        + (rs.getObject("DECIMAL_DIGITS") == null ? "" : "," + rs.getInt("DECIMAL_DIGITS")) + ")";
                byPosition.put(rs.getInt("ORDINAL_POSITION"), new Column(rs.getString("COLUMN_NAME"), type,
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, rs.getString("COLUMN_DEF"),
                        "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        return List.copyOf(byPosition.values());
    }

    private List<String> primaryKey(String schema, String table) throws SQLException {
        TreeMap<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rs = metadata.getPrimaryKeys(catalog(schema), schemaPattern(schema), table)) {
            while (rs.next()) {
                bySequence.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(bySequence.values());
    }

    private List<ForeignKey> foreignKeys(String schema, String own, String table) throws SQLException {
        Map<String, TreeMap<Integer, String[]>> byName = new LinkedHashMap<>();
        Map<String, String> targets = new LinkedHashMap<>();
        Map<String, String> onDelete = new LinkedHashMap<>();
        try (ResultSet rs = metadata.getImportedKeys(catalog(schema), schemaPattern(schema), table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                String targetSchema = kind == Kind.MARIADB ? rs.getString("PKTABLE_CAT") : rs.getString("PKTABLE_SCHEM");
                String target = rs.getString("PKTABLE_NAME");
                targets.put(name, own.equals(targetSchema) ? target : targetSchema + "." + target);
                onDelete.put(name, rule(rs.getShort("DELETE_RULE")));
                byName.computeIfAbsent(name, n -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"),
                        new String[] {rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")});
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        byName.forEach((name, columns) -> keys.add(new ForeignKey(columns.values().stream().map(c -> c[0]).toList(),
                targets.get(name), columns.values().stream().map(c -> c[1]).toList(), onDelete.get(name))));
        keys.sort(null);
        return List.copyOf(keys);
    }

    private static String rule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            default -> "NO ACTION";
        };
    }

    private List<Index> indexes(String schema, String table) throws SQLException {
        Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        List<String> generated = generatedIndexes(schema, table);
        try (ResultSet rs = metadata.getIndexInfo(catalog(schema), schemaPattern(schema), table, false, false)) {
            while (rs.next()) {
                if (rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic || rs.getString("INDEX_NAME") == null
                        || generated.contains(rs.getString("INDEX_NAME"))) {
                    continue;
                }
                String name = rs.getString("INDEX_NAME");
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
                columns.computeIfAbsent(name, n -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"),
                        rs.getString("COLUMN_NAME"));
            }
        }
        List<Index> indexes = new ArrayList<>();
        columns.forEach((name, byPosition) -> indexes.add(new Index(List.copyOf(byPosition.values()), unique.get(name))));
        return indexes;
    }

    /**
     * The indexes H2 makes by itself for a key or a constraint (a foreign key's, kept apart from an
     * index of the same columns the schema has): part of their constraint, not indexes of the schema.
     */
    private List<String> generatedIndexes(String schema, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        if (kind != Kind.H2) {
            return names;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND IS_GENERATED")) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** Unique constraints by table, each its columns in order, from the standard's two views. */
    private Map<String, List<List<String>>> uniques(String schema) throws SQLException {
        String sql = "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.COLUMN_NAME, k.ORDINAL_POSITION"
                + " FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.KEY_COLUMN_USAGE k"
                + " ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " AND k.TABLE_NAME = tc.TABLE_NAME"
                + " WHERE tc.CONSTRAINT_TYPE = 'UNIQUE' AND tc.TABLE_SCHEMA = ?"
                + " ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION";
        Map<String, Map<String, List<String>>> byTable = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    byTable.computeIfAbsent(rs.getString(1), t -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), c -> new ArrayList<>()).add(rs.getString(3));
                }
            }
        }
        Map<String, List<List<String>>> uniques = new TreeMap<>();
        byTable.forEach((table, constraints) -> uniques.put(table, List.copyOf(constraints.values())));
        return uniques;
    }

    /** Check clauses by table, as the database keeps them. */
    private Map<String, List<String>> checks(String schema) throws SQLException {
        String sql = switch (kind) {
            case H2 -> "SELECT tc.TABLE_NAME, cc.CHECK_CLAUSE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                    + " JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                    + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME WHERE tc.CONSTRAINT_TYPE = 'CHECK'"
                    + " AND tc.TABLE_SCHEMA = ?";
            case POSTGRESQL -> "SELECT c.relname, pg_get_constraintdef(k.oid) FROM pg_catalog.pg_constraint k"
                    + " JOIN pg_catalog.pg_class c ON c.oid = k.conrelid"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE k.contype = 'c' AND n.nspname = ?";
            case MARIADB -> "SELECT TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                    + " WHERE CONSTRAINT_SCHEMA = ?";
        };
        Map<String, List<String>> checks = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String clause = rs.getString(2);
                    if (kind == Kind.POSTGRESQL) {
                        clause = clause.replaceFirst("^CHECK ", "").replaceFirst(" NOT VALID$", "");
                    }
                    checks.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(clause);
                }
            }
        }
        return checks;
    }

    /** The sequences of a schema, without those that belong to a column (identity, serial). */
    private List<Sequence> sequences(String schema) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        if (kind == Kind.MARIADB) {
            List<String> names = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT TABLE_NAME FROM"
                    + " information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'SEQUENCE'")) {
                statement.setString(1, schema);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
            }
            for (String name : names) {
                try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                        "SELECT start_value, increment FROM `" + schema + "`.`" + name + "`")) {
                    rs.next();
                    sequences.add(new Sequence(name, rs.getLong(1), rs.getLong(2)));
                }
            }
            return sequences;
        }
        String sql = kind == Kind.H2
                ? "SELECT SEQUENCE_NAME, START_VALUE, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = ?"
                : "SELECT c.relname, s.seqstart, s.seqincrement FROM pg_catalog.pg_sequence s"
                        + " JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid"
                        + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = c.oid"
                        + " AND d.classid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i'))";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sequences.add(new Sequence(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        return sequences;
    }

    /** A table name as a {@link DatabaseMetaData} pattern: its {@code _} and {@code %} taken literally. */
    private String escape(String name) throws SQLException {
        String escape = metadata.getSearchStringEscape();
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
