package dev.retort.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The schema's indexes (which table owns a constraint name, which tables reference a table) against
 * a scan of every table, after each step of random sequences of changes.
 */
class SchemaIndexesTest {

    private static final List<String> TABLES = List.of("t0", "t1", "t2", "t3", "t4", "t5", "t6", "sales.t7",
            "sales.t8", "u9");
    /** Few, so that names are reused: replaced, dropped and added back, and on two tables at once. */
    private static final List<String> CONSTRAINTS = List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7");
    private static final List<String> COLUMNS = List.of("id", "a", "b", "k", "x", "y");
    private static final SqlType TYPE = SqlType.of(SqlType.Kind.INTEGER);

    @Test
    void indexesAgreeWithAScanAfterEveryStep() {
        for (long seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            Schema schema = Schema.EMPTY;
            List<String> steps = new ArrayList<>();
            for (int step = 0; step < 60; step++) {
                Schema before = schema;
                String done = null;
                try {
                    done = randomStep(random, before);
                    schema = apply(done, random, before);
                } catch (SchemaMisfitException refused) {
                    continue; // a change that makes no valid table (a constraint on a renamed column, say)
                }
                steps.add(done);
                String context = "seed " + seed + " after " + steps;
                assertAgreesWithScan(schema, context);
                assertRenamesFollowed(done, before, schema, context);
                Schema rebuilt = new Schema(schema.tables(), schema.sequences(), schema.namespaces());
                assertEquals(schema, rebuilt, context);
                assertEquals(schema.hashCode(), rebuilt.hashCode(), context);
            }
        }
    }

    /** A step as text, to name it when a check fails; {@link #apply} draws the rest of its details. */
    private static String randomStep(Random random, Schema schema) {
        String table = pick(random, TABLES);
        return switch (random.nextInt(9)) {
            case 0, 1 -> "create " + table;
            case 2 -> "drop " + table;
            case 3 -> "rename " + table + " " + pick(random, TABLES);
            case 4, 5 -> "add " + table + " " + pick(random, CONSTRAINTS);
            case 6 -> "drop-constraint " + table + " " + pick(random, CONSTRAINTS);
            case 7 -> "rename-column " + table + " " + pick(random, COLUMNS) + " " + pick(random, COLUMNS);
            default -> "replace " + table;
        };
    }

    private static Schema apply(String step, Random random, Schema schema) {
        String[] words = step.split(" ");
        String table = words[1];
        Optional<Table> existing = schema.table(table);
        return switch (words[0]) {
            case "create" -> existing.isPresent() ? schema.withNamespace("sales")
                    : schema.withTable(withRandomConstraints(random, schema, Table.of(table,
                            List.of(Column.of("id", TYPE).withNullable(false), Column.of("a", TYPE), Column.of("b", TYPE)),
                            new PrimaryKey(List.of("id")), List.of())));
            case "drop" -> schema.withoutTable(table);
            case "rename" -> schema.table(words[2]).isPresent() ? schema.withSequence(new Sequence("s_" + Identifiers.namePart(words[2]), 1, 1))
                    : schema.withTableRenamed(table, words[2]);
            case "add" -> existing.isEmpty() ? schema
                    : schema.withTable(existing.get().withConstraint(randomConstraint(random, schema, existing.get(),
                            words[2])));
            case "drop-constraint" -> existing.isEmpty() ? schema
                    : schema.withTable(existing.get().withoutConstraint(words[2]));
            case "rename-column" -> existing.isPresent() && existing.get().column(words[3]).isPresent() ? schema
                    : schema.withColumnRenamed(table, words[2], words[3]);
            case "replace" -> existing.isEmpty() ? schema : schema.withTable(withRandomConstraints(random, schema,
                    new Table(table, existing.get().columns(), existing.get().primaryKey(), Map.of())));
            default -> throw new IllegalArgumentException(step);
        };
    }

    private static Table withRandomConstraints(Random random, Schema schema, Table table) {
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            table = table.withConstraint(randomConstraint(random, schema, table, pick(random, CONSTRAINTS)));
        }
        return table;
    }

    /** A constraint of any kind on columns the table has; a foreign key to some table's primary key. */
    private static TableConstraint randomConstraint(Random random, Schema schema, Table table, String name) {
        String column = pick(random, new ArrayList<>(table.columns().keySet()));
        return switch (random.nextInt(5)) {
            case 0 -> new Index(name, List.of(column), random.nextBoolean());
            case 1 -> new UniqueConstraint(name, List.of(column));
            case 2 -> new CheckConstraint(name, column + " > 0");
            default -> {
                List<Table> targets = new ArrayList<>(schema.tables().values());
                targets.add(table); // itself, as a tree of rows does
                Table target = pick(random, targets);
                yield new ForeignKey(name, List.of(column), target.name(), target.primaryKey().columns(),
                        ReferentialAction.NO_ACTION);
            }
        };
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static void assertAgreesWithScan(Schema schema, String context) {
        for (String constraint : CONSTRAINTS) {
            assertEquals(scanForOwner(schema, constraint), schema.tableOwning(constraint), context + ": " + constraint);
        }
        for (String table : TABLES) {
            assertEquals(scanForReferences(schema, table), schema.foreignKeysTo(table), context + ": " + table);
            for (String column : COLUMNS) {
                boolean mayBeReferenced = schema.table(table).filter(t -> t.mayBeReferenced(column)).isPresent();
                List<Map.Entry<Table, ForeignKey>> expected = mayBeReferenced
                        ? scanForReferences(schema, table).stream()
                                .filter(r -> r.getValue().referencedColumns().contains(column)).toList()
                        : List.of();
                assertEquals(expected, schema.foreignKeysTo(table, column), context + ": " + table + "." + column);
            }
        }
    }

    /** A table renamed, or a referenced column, leaves no foreign key on the old name. */
    private static void assertRenamesFollowed(String step, Schema before, Schema after, String context) {
        String[] words = step.split(" ");
        if (words[0].equals("rename") && before.table(words[2]).isEmpty() && !words[1].equals(words[2])) {
            assertEquals(List.of(), scanForReferences(after, words[1]), context);
            assertEquals(scanForReferences(before, words[1]).size() + scanForReferences(before, words[2]).size(),
                    scanForReferences(after, words[2]).size(), context);
        }
        if (words[0].equals("rename-column") && !words[2].equals(words[3])
                && before.table(words[1]).filter(t -> !t.mayBeReferenced(words[2])).isEmpty()
                && before.table(words[1]).filter(t -> t.column(words[3]).isPresent()).isEmpty()) {
            assertTrue(scanForReferences(after, words[1]).stream()
                    .noneMatch(r -> r.getValue().referencedColumns().contains(words[2])), context);
        }
    }

    private static Optional<Table> scanForOwner(Schema schema, String constraint) {
        return schema.tables().values().stream().filter(t -> t.constraints().containsKey(constraint)).findFirst();
    }

    private static List<Map.Entry<Table, ForeignKey>> scanForReferences(Schema schema, String table) {
        List<Map.Entry<Table, ForeignKey>> found = new ArrayList<>();
        for (Table t : schema.tables().values()) {
            t.foreignKeys().filter(fk -> fk.referencedTable().equals(table)).forEach(fk -> found.add(Map.entry(t, fk)));
        }
        return found;
    }

    @Test
    void schemasOfTheSameTablesAddedInAnotherOrderAreEqual() {
        for (long seed = 0; seed < 100; seed++) {
            Random random = new Random(seed);
            Schema schema = Schema.EMPTY;
            for (int step = 0; step < 40; step++) {
                try {
                    schema = apply(randomStep(random, schema), random, schema);
                } catch (SchemaMisfitException refused) {
                    // as above
                }
            }
            List<Table> tables = new ArrayList<>(schema.tables().values());
            Collections.shuffle(tables, random);
            Schema shuffled = new Schema(Map.of(), schema.sequences(), schema.namespaces());
            for (Table table : tables) {
                shuffled = shuffled.withTable(table);
            }
            assertEquals(schema, shuffled, "seed " + seed);
            assertEquals(schema.hashCode(), shuffled.hashCode(), "seed " + seed);
            Schema ofTables = Schema.of(tables.toArray(Table[]::new));
            assertEquals(schema, new Schema(ofTables.tables(), schema.sequences(), schema.namespaces()), "seed " + seed);
            for (String constraint : CONSTRAINTS) {
                // a name on several tables belongs to the first of them, in each schema's own order
                assertEquals(scanForOwner(shuffled, constraint), shuffled.tableOwning(constraint), "seed " + seed);
            }
            Schema dropped = tables.isEmpty() ? schema
                    : shuffled.withoutTable(tables.get(0).name()).withTable(tables.get(0));
            assertEquals(schema, dropped, "seed " + seed);
        }
    }
}
