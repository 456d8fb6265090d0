package dev.retort.testing;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** A schema as sorted lines, so that an assertion shows exactly which objects differ. */
public final class SchemaText {

    private SchemaText() {}

    public static String of(Schema schema) {
        TreeSet<String> lines = new TreeSet<>();
        for (Table table : schema.tables().values()) {
            lines.add(table.name() + ": " + (table.primaryKey() == null ? "no primary key" : table.primaryKey()));
            table.columns().values().forEach(c -> lines.add(table.name() + "." + c));
            table.constraints().values().forEach(c -> lines.add(table.name() + " " + c));
        }
        schema.sequences().values().forEach(s -> lines.add(s.toString()));
        return String.join("\n", new ArrayList<>(lines));
    }

    public static List<String> lines(Schema schema) {
        return List.of(of(schema).split("\n"));
    }
}
