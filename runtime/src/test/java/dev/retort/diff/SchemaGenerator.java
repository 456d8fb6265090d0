package dev.retort.diff;

import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.CreateSchema;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random valid schemas, and pairs of them, from one {@link Random}: the same seed gives the same
 * schemas. Names come from small pools, so that two schemas share tables, columns and constraint names,
 * and a name can move from one kind of object or one table to another. Schemas are built through
 * {@code CreateSchema}, {@code CreateTable}, {@code CreateForeignKey} and {@code CreateSequence}, so the model itself vouches
 * that each one is valid.
 */
public final class SchemaGenerator {

    private static final List<SqlType> TYPES = List.of(
            SqlType.of(SqlType.Kind.INTEGER), SqlType.of(SqlType.Kind.BIGINT), SqlType.of(SqlType.Kind.SMALLINT),
            SqlType.of(SqlType.Kind.TINYINT), SqlType.of(SqlType.Kind.BOOLEAN), SqlType.varchar(10),
            SqlType.varchar(255), SqlType.character(3), SqlType.of(SqlType.Kind.TEXT), SqlType.numeric(10, 2),
            SqlType.numeric(5, 0), SqlType.of(SqlType.Kind.REAL), SqlType.of(SqlType.Kind.DOUBLE),
            SqlType.of(SqlType.Kind.DATE), SqlType.of(SqlType.Kind.TIME), SqlType.of(SqlType.Kind.TIMESTAMP),
            SqlType.of(SqlType.Kind.TIMESTAMP_TZ), SqlType.of(SqlType.Kind.UUID), SqlType.varbinary(16),
            SqlType.of(SqlType.Kind.BLOB), SqlType.of(SqlType.Kind.CLOB));

    private static final List<DefaultValue> DEFAULTS = List.of(
            new DefaultValue.Text("x"), new DefaultValue.Text("it's"), new DefaultValue.Number(BigDecimal.ZERO),
            new DefaultValue.Number(new BigDecimal("1.5")), new DefaultValue.Number(new BigDecimal("-3")),
            new DefaultValue.Bool(true), new DefaultValue.Bool(false), new DefaultValue.CurrentTimestamp());

    /** Distinct even ignoring case, as check shapes compare expressions that way. */
    private static final List<String> CHECKS = List.of(
            "c0 > 0", "c1 is not null", "c2 <> 'x'", "c0 + c1 < 100", "length(c3) > 2", "c4 between 1 and 9");

    private static final int TABLE_POOL = 6;
    /** Two tables and a sequence of the pools are in SQL schemas of their own. */
    private static final Map<String, String> QUALIFIED = Map.of("t4", "n1.t4", "t5", "n2.t5", "s2", "n1.s2");
    private static final int COLUMN_POOL = 8;
    private static final int CONSTRAINT_POOL = 16;
    private static final int SEQUENCE_POOL = 3;

    /**
     * For schemas a real database must accept: a column's type family follows its name (even
     * numbers integral, odd ones text), so that defaults, checks, type changes and foreign keys
     * always fit the columns they touch.
     */
    private static final List<SqlType> INTEGRAL = List.of(SqlType.of(SqlType.Kind.INTEGER),
            SqlType.of(SqlType.Kind.BIGINT), SqlType.of(SqlType.Kind.SMALLINT));
    private static final List<SqlType> TEXT = List.of(SqlType.varchar(10), SqlType.varchar(255));
    private static final List<DefaultValue> INTEGRAL_DEFAULTS = List.of(new DefaultValue.Number(BigDecimal.ZERO),
            new DefaultValue.Number(new BigDecimal("-3")));
    private static final List<DefaultValue> TEXT_DEFAULTS = List.of(new DefaultValue.Text("x"), new DefaultValue.Text("it's"));
    private static final List<String> FITTING_CHECKS = List.of(
            "c0 > 0", "c1 is not null", "c3 <> 'x'", "c0 + c2 < 100", "length(c5) > 2", "c4 between 1 and 9");

    private final Random random;
    private final boolean fitsDatabases;

    public SchemaGenerator(Random random) {
        this(random, false);
    }

    private SchemaGenerator(Random random, boolean fitsDatabases) {
        this.random = random;
        this.fitsDatabases = fitsDatabases;
    }

    /** Schemas and pairs that H2, PostgreSQL and MariaDB accept as DDL, and so can be migrated for real. */
    public static SchemaGenerator fittingDatabases(Random random) {
        return new SchemaGenerator(random, true);
    }

    private SqlType type(String column) {
        if (!fitsDatabases) {
            return pick(TYPES);
        }
        return pick(integral(column) ? INTEGRAL : TEXT);
    }

    private static boolean integral(String column) {
        return (column.charAt(column.length() - 1) - '0') % 2 == 0;
    }

    private static boolean integral(SqlType type) {
        return type.kind() == SqlType.Kind.INTEGER || type.kind() == SqlType.Kind.BIGINT
                || type.kind() == SqlType.Kind.SMALLINT;
    }

    /** Two schemas to diff: mostly the second grown from the first, sometimes unrelated, empty or equal. */
    SchemaPair pair() {
        int kind = random.nextInt(100);
        if (kind < 5) {
            return new SchemaPair(Schema.EMPTY, schema());
        }
        if (kind < 10) {
            return new SchemaPair(schema(), Schema.EMPTY);
        }
        if (kind < 35) {
            return new SchemaPair(schema(), schema());
        }
        Schema from = schema();
        return new SchemaPair(from, kind < 40 ? from : mutate(from));
    }

    public Schema schema() {
        Draft draft = new Draft();
        int tables = 1 + random.nextInt(5);
        for (int i = 0; i < tables; i++) {
            draft.addTable(this);
        }
        for (TableDraft table : List.copyOf(draft.tables.values())) {
            int foreignKeys = random.nextInt(4);
            for (int i = 0; i < foreignKeys; i++) {
                draft.addForeignKey(this, table);
            }
        }
        for (int i = 0; i < SEQUENCE_POOL; i++) {
            if (random.nextInt(3) == 0) {
                String name = QUALIFIED.getOrDefault("s" + i, "s" + i);
                draft.sequences.put(name, sequence(name));
            }
        }
        return draft.build();
    }

    /** The schema changed at random: tables dropped and added, columns and keys changed, names moved. */
    Schema mutate(Schema schema) {
        Draft draft = Draft.of(schema);
        int dropChance = chance(20) ? 60 : 15;
        for (String name : List.copyOf(draft.tables.keySet())) {
            if (chance(dropChance)) {
                draft.tables.remove(name);
            }
        }
        for (TableDraft table : draft.tables.values()) {
            mutateColumns(table);
            switchUniqueKinds(table);
            mutateKey(table);
            table.constraints.removeIf(c -> !table.hasColumns(c.columns()) || chance(20));
            table.foreignKeys.removeIf(fk -> !table.hasColumns(fk.columns()) || chance(20));
        }
        for (TableDraft table : draft.tables.values()) {
            rename(draft, table);
            if (chance(30)) {
                draft.addConstraint(this, table);
            }
        }
        int added = chance(30) ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < added; i++) {
            draft.addTable(this);
        }
        for (TableDraft table : List.copyOf(draft.tables.values())) {
            if (chance(25)) {
                draft.addForeignKey(this, table);
            }
        }
        draft.dropDanglingForeignKeys(this);
        for (String name : List.copyOf(draft.sequences.keySet())) {
            if (chance(20)) {
                draft.sequences.remove(name);
            } else if (chance(20)) {
                draft.sequences.put(name, sequence(name));
            }
        }
        if (chance(20)) {
            String name = "s" + random.nextInt(SEQUENCE_POOL);
            name = QUALIFIED.getOrDefault(name, name);
            draft.sequences.putIfAbsent(name, sequence(name));
        }
        return draft.build();
    }

    private void mutateColumns(TableDraft table) {
        for (Column column : List.copyOf(table.columns.values())) {
            if (chance(8)) {
                table.columns.remove(column.name());
                continue;
            }
            Column changed = column;
            if (chance(10)) {
                changed = changed.withType(type(changed.name()));
            }
            if (chance(10) && !changed.identity()) {
                changed = changed.withNullable(!changed.nullable());
            }
            if (chance(10) && !changed.identity()) {
                changed = changed.withDefault(randomDefault(changed.name()));
            }
            if (chance(10) && (!fitsDatabases || integral(changed.type()))) {
                changed = changed.identity()
                        ? new Column(changed.name(), changed.type(), changed.nullable(), null, false)
                        : new Column(changed.name(), changed.type(), false, null, true);
            }
            table.columns.put(changed.name(), changed);
        }
        int added = chance(25) ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < added || table.columns.isEmpty(); i++) {
            table.addColumn(this);
        }
    }

    /** A unique constraint becomes a unique index of the same name and columns, or the other way. */
    private void switchUniqueKinds(TableDraft table) {
        for (int i = 0; i < table.constraints.size(); i++) {
            TableConstraint c = table.constraints.get(i);
            if (c instanceof UniqueConstraint unique && chance(20)) {
                table.constraints.set(i, new Index(unique.name(), unique.columns(), true));
            } else if (c instanceof Index index && index.unique() && chance(20)) {
                table.constraints.set(i, new UniqueConstraint(index.name(), index.columns()));
            }
        }
    }

    private void mutateKey(TableDraft table) {
        if (!table.primaryKey.isEmpty() && table.hasColumns(table.primaryKey) && chance(20)) {
            // The old key's columns stay unique (under a name no pool has), so foreign keys to them can
            // survive the change of key.
            table.constraints.add(new UniqueConstraint("k_" + table.name.replace('.', '_'), table.primaryKey));
        }
        if (chance(20) || !table.hasColumns(table.primaryKey)) {
            table.primaryKey = randomKey(table);
        }
        for (String column : table.primaryKey) {
            table.columns.put(column, table.columns.get(column).withNullable(false));
        }
    }

    private void rename(Draft draft, TableDraft table) {
        for (int i = 0; i < table.constraints.size(); i++) {
            if (chance(15)) {
                String name = draft.freshName(this);
                if (name != null) {
                    table.constraints.set(i, renamed(table.constraints.get(i), name));
                }
            }
        }
        for (int i = 0; i < table.foreignKeys.size(); i++) {
            if (chance(15)) {
                String name = draft.freshName(this);
                if (name != null) {
                    ForeignKey fk = table.foreignKeys.get(i);
                    table.foreignKeys.set(i, new ForeignKey(name, fk.columns(), fk.referencedTable(),
                            fk.referencedColumns(), fk.onDelete()));
                }
            }
        }
    }

    static TableConstraint renamed(TableConstraint constraint, String name) {
        if (constraint instanceof Index index) {
            return new Index(name, index.columns(), index.unique());
        }
        if (constraint instanceof UniqueConstraint unique) {
            return new UniqueConstraint(name, unique.columns());
        }
        if (constraint instanceof CheckConstraint check) {
            return new CheckConstraint(name, check.expression());
        }
        ForeignKey fk = (ForeignKey) constraint;
        return new ForeignKey(name, fk.columns(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete());
    }

    Column column(String name) {
        SqlType type = type(name);
        boolean nullable = random.nextBoolean();
        DefaultValue defaultValue = chance(40) ? randomDefault(name) : null;
        boolean identity = integral(type) && chance(50);
        return identity ? new Column(name, type, false, null, true) : new Column(name, type, nullable, defaultValue, false);
    }

    private DefaultValue randomDefault(String column) {
        if (chance(25)) {
            return null;
        }
        return pick(!fitsDatabases ? DEFAULTS : integral(column) ? INTEGRAL_DEFAULTS : TEXT_DEFAULTS);
    }

    List<String> randomKey(TableDraft table) {
        return chance(30) ? List.of() : someColumns(table, 1 + random.nextInt(2));
    }

    /** Up to {@code count} distinct columns of the table, in random order. */
    List<String> someColumns(TableDraft table, int count) {
        List<String> names = new ArrayList<>(table.columns.keySet());
        java.util.Collections.shuffle(names, random);
        return List.copyOf(names.subList(0, Math.min(count, names.size())));
    }

    /** Distinct columns of the table of the same types as the key's, in the key's order, or fewer when there are none. */
    List<String> sameTypes(TableDraft table, TableDraft target, List<String> key) {
        List<String> chosen = new ArrayList<>();
        for (String keyColumn : key) {
            SqlType type = target.columns.get(keyColumn).type();
            List<String> fitting = table.columns.values().stream().filter(c -> c.type().equals(type))
                    .map(Column::name).filter(c -> !chosen.contains(c)).toList();
            if (fitting.isEmpty()) {
                return chosen;
            }
            chosen.add(pick(fitting));
        }
        return chosen;
    }

    TableConstraint constraint(String name, TableDraft table) {
        List<String> columns = someColumns(table, 1 + random.nextInt(2));
        switch (random.nextInt(4)) {
            case 0:
                return new Index(name, columns, false);
            case 1:
                return new Index(name, columns, true);
            case 2:
                return new UniqueConstraint(name, columns);
            default:
                return new CheckConstraint(name, pick(fitsDatabases ? FITTING_CHECKS : CHECKS));
        }
    }

    ReferentialAction onDelete() {
        return pick(List.of(ReferentialAction.values()));
    }

    private Sequence sequence(String name) {
        return new Sequence(name, random.nextBoolean() ? 1 : 100, random.nextBoolean() ? 1 : 50);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A table being generated: mutable, unlike {@link Table}. */
    static final class TableDraft {
        final String name;
        final Map<String, Column> columns = new LinkedHashMap<>();
        List<String> primaryKey = List.of();
        final List<TableConstraint> constraints = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();

        TableDraft(String name) {
            this.name = name;
        }

        static TableDraft of(Table table) {
            TableDraft draft = new TableDraft(table.name());
            draft.columns.putAll(table.columns());
            draft.primaryKey = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
            table.constraints().values().forEach(c -> {
                if (c instanceof ForeignKey fk) {
                    draft.foreignKeys.add(fk);
                } else {
                    draft.constraints.add(c);
                }
            });
            return draft;
        }

        boolean hasColumns(List<String> names) {
            return columns.keySet().containsAll(names);
        }

        void addColumn(SchemaGenerator generator) {
            for (int attempt = 0; attempt < COLUMN_POOL; attempt++) {
                String name = "c" + generator.nextInt(COLUMN_POOL);
                if (!columns.containsKey(name)) {
                    columns.put(name, generator.column(name));
                    return;
                }
            }
        }

        /**
         * The column lists a foreign key may reference: the primary key and every unique one (a
         * unique index too, except for a database: H2 wants a constraint).
         */
        List<List<String>> uniqueKeys(boolean constraintsOnly) {
            List<List<String>> keys = new ArrayList<>();
            if (!primaryKey.isEmpty()) {
                keys.add(primaryKey);
            }
            for (TableConstraint c : constraints) {
                if (c instanceof UniqueConstraint || (!constraintsOnly && c instanceof Index index && index.unique())) {
                    keys.add(c.columns());
                }
            }
            return keys;
        }

        Table table() {
            constraints.removeIf(c -> c instanceof CheckConstraint check && mentionsMissingColumn(check));
            return Table.of(name, List.copyOf(columns.values()),
                    primaryKey.isEmpty() ? null : new PrimaryKey(primaryKey), constraints);
        }

        /** A check may only name columns its table has, as a database requires. */
        private boolean mentionsMissingColumn(CheckConstraint check) {
            for (int i = 0; i < COLUMN_POOL; i++) {
                String column = "c" + i;
                if (!columns.containsKey(column) && check.mentions(column)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A schema being generated. */
    static final class Draft {
        final Map<String, TableDraft> tables = new LinkedHashMap<>();
        final Map<String, Sequence> sequences = new LinkedHashMap<>();

        static Draft of(Schema schema) {
            Draft draft = new Draft();
            schema.tables().values().forEach(t -> draft.tables.put(t.name(), TableDraft.of(t)));
            draft.sequences.putAll(schema.sequences());
            return draft;
        }

        Set<String> usedNames() {
            Set<String> used = new HashSet<>();
            for (TableDraft table : tables.values()) {
                table.constraints.forEach(c -> used.add(c.name()));
                table.foreignKeys.forEach(fk -> used.add(fk.name()));
            }
            return used;
        }

        /** An index or constraint name from the pool that no object of this draft has, or null. */
        String freshName(SchemaGenerator generator) {
            Set<String> used = usedNames();
            for (int attempt = 0; attempt < CONSTRAINT_POOL; attempt++) {
                String name = "n" + generator.nextInt(CONSTRAINT_POOL);
                if (!used.contains(name)) {
                    return name;
                }
            }
            return null;
        }

        void addTable(SchemaGenerator generator) {
            String name = null;
            for (int attempt = 0; attempt < TABLE_POOL && name == null; attempt++) {
                String candidate = "t" + generator.nextInt(TABLE_POOL);
                candidate = QUALIFIED.getOrDefault(candidate, candidate);
                name = tables.containsKey(candidate) ? null : candidate;
            }
            if (name == null) {
                return;
            }
            TableDraft table = new TableDraft(name);
            int columns = 1 + generator.nextInt(5);
            for (int i = 0; i < columns; i++) {
                table.addColumn(generator);
            }
            table.primaryKey = generator.randomKey(table);
            for (String column : table.primaryKey) {
                table.columns.put(column, table.columns.get(column).withNullable(false));
            }
            tables.put(name, table);
            int constraints = generator.nextInt(4);
            for (int i = 0; i < constraints; i++) {
                addConstraint(generator, table);
            }
        }

        void addConstraint(SchemaGenerator generator, TableDraft table) {
            String name = freshName(generator);
            if (name != null) {
                table.constraints.add(generator.constraint(name, table));
            }
        }

        /** A foreign key from the table to a unique key of any table, itself included. */
        void addForeignKey(SchemaGenerator generator, TableDraft table) {
            TableDraft target = generator.pick(List.copyOf(tables.values()));
            List<List<String>> keys = target.uniqueKeys(generator.fitsDatabases);
            String name = freshName(generator);
            if (keys.isEmpty() || name == null) {
                return;
            }
            List<String> key = generator.pick(keys);
            List<String> columns = generator.fitsDatabases ? generator.sameTypes(table, target, key)
                    : generator.someColumns(table, key.size());
            if (columns.size() == key.size()) {
                table.foreignKeys.add(new ForeignKey(name, columns, target.name, key, generator.onDelete()));
            }
        }

        /** Drops the foreign keys whose table or key is gone, as the schema they came from changed. */
        void dropDanglingForeignKeys(SchemaGenerator generator) {
            for (TableDraft table : tables.values()) {
                table.foreignKeys.removeIf(fk -> {
                    TableDraft target = tables.get(fk.referencedTable());
                    return target == null || !target.uniqueKeys(generator.fitsDatabases).contains(fk.referencedColumns());
                });
            }
        }

        Schema build() {
            Schema schema = Schema.EMPTY;
            Set<String> namespaces = new java.util.TreeSet<>();
            tables.keySet().forEach(t -> Identifiers.namespaceOf(t).ifPresent(namespaces::add));
            sequences.keySet().forEach(s -> Identifiers.namespaceOf(s).ifPresent(namespaces::add));
            for (String namespace : namespaces) {
                schema = new CreateSchema(namespace).applyTo(schema);
            }
            for (TableDraft table : tables.values()) {
                schema = new CreateTable(table.table()).applyTo(schema);
            }
            for (TableDraft table : tables.values()) {
                for (ForeignKey fk : table.foreignKeys) {
                    schema = new CreateForeignKey(table.name, fk).applyTo(schema);
                }
            }
            for (Sequence sequence : sequences.values()) {
                schema = new CreateSequence(sequence).applyTo(schema);
            }
            return schema;
        }
    }
}
