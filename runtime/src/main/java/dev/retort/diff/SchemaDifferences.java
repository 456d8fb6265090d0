package dev.retort.diff;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The differences between two schemas, one line per object that is missing or unexpected. */
public final class SchemaDifferences {

    private SchemaDifferences() {}

    /**
     * Empty when they are equal; else lines such as {@code missing: shows.created_by integer}. A table
     * on one side only is one line, the whole table: its columns and keys are not reported again.
     */
    public static List<String> between(Schema expected, Schema actual) {
        TreeSet<String> want = lines(expected, actual);
        TreeSet<String> have = lines(actual, expected);
        List<String> differences = new ArrayList<>();
        want.stream().filter(line -> !have.contains(line)).forEach(line -> differences.add("missing: " + line));
        have.stream().filter(line -> !want.contains(line)).forEach(line -> differences.add("unexpected: " + line));
        return differences;
    }

    /**
     * As {@link #between}, but an index or constraint of the same shape in the same table counts as
     * the same whatever its name: the way to compare a database with the entity model, whose
     * constraint names Hibernate generates.
     */
    public static List<String> byShape(Schema expected, Schema actual) {
        Map<String, Table> want = new LinkedHashMap<>(expected.tables());
        Map<String, Table> have = new LinkedHashMap<>(actual.tables());
        for (Table table : expected.tables().values()) {
            Table other = actual.tables().get(table.name());
            if (other == null) {
                continue;
            }
            List<TableConstraint> left = new ArrayList<>(table.constraints().values());
            List<TableConstraint> right = new ArrayList<>(other.constraints().values());
            left.removeIf(c -> c.equals(other.constraints().get(c.name())) && right.remove(c));
            for (TableConstraint constraint : List.copyOf(left)) {
                right.stream().filter(constraint::sameShape).findFirst().ifPresent(same -> {
                    right.remove(same);
                    left.remove(constraint);
                });
            }
            want.put(table.name(), withConstraints(table, left));
            have.put(table.name(), withConstraints(other, right));
        }
        return between(new Schema(want, expected.sequences(), expected.namespaces()),
                new Schema(have, actual.sequences(), actual.namespaces()));
    }

    /** The table with only these constraints: those left to report. */
    private static Table withConstraints(Table table, List<TableConstraint> constraints) {
        Map<String, TableConstraint> byName = new LinkedHashMap<>();
        constraints.forEach(c -> byName.put(c.name(), c));
        return new Table(table.name(), table.columns(), table.primaryKey(), byName);
    }

    /** The lines of {@code schema}; a table {@code other} has not, as one line. */
    private static TreeSet<String> lines(Schema schema, Schema other) {
        TreeSet<String> lines = new TreeSet<>();
        schema.namespaces().forEach(n -> lines.add("schema " + n));
        for (Table table : schema.tables().values()) {
            if (!other.tables().containsKey(table.name())) {
                lines.add(table.toString());
                continue;
            }
            lines.add("table " + table.name());
            if (table.primaryKey() != null) {
                lines.add(table.name() + " " + table.primaryKey());
            }
            table.columns().values().forEach(c -> lines.add(table.name() + "." + c));
            table.constraints().values().forEach(c -> lines.add(table.name() + " " + c));
        }
        schema.sequences().values().forEach(s -> lines.add(s.toString()));
        return lines;
    }
}
