package dev.retort.diff;

import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Names every difference between two schemas, exactly (names of indexes and constraints included),
 * as short phrases: {@code column shows.created_by: integer in the first, missing in the second}.
 */
public final class SchemaDifferences {

    private final String firstName;
    private final String secondName;
    private final List<String> found = new ArrayList<>();

    private SchemaDifferences(String firstName, String secondName) {
        this.firstName = firstName;
        this.secondName = secondName;
    }

    /** The differences, each naming the object and how it is in each schema; empty when equal. */
    public static List<String> between(Schema first, String firstName, Schema second, String secondName) {
        SchemaDifferences differences = new SchemaDifferences(firstName, secondName);
        differences.compare(first, second);
        return List.copyOf(differences.found);
    }

    private void compare(Schema first, Schema second) {
        for (Table table : first.tables().values()) {
            Table other = second.tables().get(table.name());
            if (other == null) {
                differ("table " + table.name(), "present", "missing");
            } else {
                compareTables(table, other);
            }
        }
        for (Table table : second.tables().values()) {
            if (!first.tables().containsKey(table.name())) {
                differ("table " + table.name(), "missing", "present");
            }
        }
        for (Sequence sequence : first.sequences().values()) {
            Sequence other = second.sequences().get(sequence.name());
            if (!sequence.equals(other)) {
                differ("sequence " + sequence.name(), describe(sequence), other == null ? "missing" : describe(other));
            }
        }
        for (Sequence sequence : second.sequences().values()) {
            if (!first.sequences().containsKey(sequence.name())) {
                differ("sequence " + sequence.name(), "missing", describe(sequence));
            }
        }
    }

    private void compareTables(Table first, Table second) {
        String table = first.name();
        for (Column column : first.columns().values()) {
            Column other = second.columns().get(column.name());
            if (!column.equals(other)) {
                differ("column " + table + "." + column.name(), describe(column),
                        other == null ? "missing" : describe(other));
            }
        }
        for (Column column : second.columns().values()) {
            if (!first.columns().containsKey(column.name())) {
                differ("column " + table + "." + column.name(), "missing", describe(column));
            }
        }
        if (!Objects.equals(first.primaryKey(), second.primaryKey())) {
            differ("primary key of " + table, String.valueOf(first.primaryKey()), String.valueOf(second.primaryKey()));
        }
        for (TableConstraint constraint : first.constraints().values()) {
            TableConstraint other = second.constraints().get(constraint.name());
            if (!constraint.equals(other)) {
                differ(constraint.kind() + " " + constraint.name() + " on " + table, constraint.toString(),
                        other == null ? "missing" : other.toString());
            }
        }
        for (TableConstraint constraint : second.constraints().values()) {
            if (!first.constraints().containsKey(constraint.name())) {
                differ(constraint.kind() + " " + constraint.name() + " on " + table, "missing", constraint.toString());
            }
        }
    }

    private void differ(String what, String inFirst, String inSecond) {
        found.add(what + ": " + inFirst + " in " + firstName + ", " + inSecond + " in " + secondName);
    }

    private static String describe(Column column) {
        String text = column.toString();
        return text.substring(column.name().length() + 1);
    }

    private static String describe(Sequence sequence) {
        return "start " + sequence.start() + " increment " + sequence.increment();
    }
}
