package dev.retort.diff;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The differences between two schemas, one line per object that is missing or unexpected. */
public final class SchemaDifferences {

    private SchemaDifferences() {}

    /** Empty when they are equal; else lines such as {@code missing: shows.created_by integer}. */
    public static List<String> between(Schema expected, Schema actual) {
        TreeSet<String> want = lines(expected);
        TreeSet<String> have = lines(actual);
        List<String> differences = new ArrayList<>();
        want.stream().filter(line -> !have.contains(line)).forEach(line -> differences.add("missing: " + line));
        have.stream().filter(line -> !want.contains(line)).forEach(line -> differences.add("unexpected: " + line));
        return differences;
    }

    private static TreeSet<String> lines(Schema schema) {
        TreeSet<String> lines = new TreeSet<>();
        for (Table table : schema.tables().values()) {
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
