package dev.retort.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The migration index as a resource, {@value #RESOURCE}: what the processor writes after it has
 * checked a module's migrations, and what the runtime reads instead of scanning the class path.
 * Text, one migration a line in graph order:
 * <pre>
 * retort-index 1
 * package app.migrations
 * id TAB revises (space separated) TAB class TAB checksum TAB description
 * </pre>
 * In the description, a backslash, a tab and a line break are written {@code \\}, {@code \t},
 * {@code \n} and {@code \r}. The expected schema of the module is {@value #SCHEMA} beside it.
 */
public final class IndexFile {

    public static final String RESOURCE = "META-INF/retort/index";
    public static final String SCHEMA = "META-INF/retort/schema.json";
    private static final String MAGIC = "retort-index";
    private static final int VERSION = 1;

    private IndexFile() {}

    /** One migration as the index lists it. */
    public record Entry(String id, List<String> revises, String description, String className, String checksum) {
        public Entry {
            revises = List.copyOf(revises);
        }
    }

    /** What an index file says: the package of its migrations and the migrations in graph order. */
    public record Contents(String packageName, List<Entry> entries) {
        public Contents {
            entries = List.copyOf(entries);
        }
    }

    public static String write(Contents contents) {
        StringBuilder out = new StringBuilder(64 + contents.entries().size() * 160);
        out.append(MAGIC).append(' ').append(VERSION).append('\n');
        out.append("package ").append(contents.packageName()).append('\n');
        for (Entry entry : contents.entries()) {
            out.append(entry.id()).append('\t').append(String.join(" ", entry.revises())).append('\t')
                    .append(entry.className()).append('\t').append(entry.checksum()).append('\t');
            TabFields.escape(entry.description(), out);
            out.append('\n');
        }
        return out.toString();
    }

    /** Reads an index; {@code where} names it in the message when it is malformed. */
    public static Contents read(Reader reader, String where) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String header = in.readLine();
        if (header == null || !header.startsWith(MAGIC + " ")) {
            throw malformed(where, "it does not start with '" + MAGIC + "'");
        }
        if (!header.equals(MAGIC + " " + VERSION)) {
            throw new IllegalStateException("the migration index " + where + " is of format "
                    + header.substring(MAGIC.length() + 1) + ", which this Retort does not read: build the module"
                    + " with the Retort that runs it");
        }
        String packageLine = in.readLine();
        if (packageLine == null || !packageLine.startsWith("package ")) {
            throw malformed(where, "its second line does not name the package");
        }
        List<Entry> entries = new ArrayList<>();
        int number = 2;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            String[] fields = line.split("\t", -1);
            if (fields.length != 5) {
                throw malformed(where, "line " + number + " has " + fields.length + " fields, not 5");
            }
            List<String> revises = fields[1].isEmpty() ? List.of() : Arrays.asList(fields[1].split(" "));
            entries.add(new Entry(fields[0], revises, TabFields.unescape(fields[4]), fields[2], fields[3]));
        }
        return new Contents(packageLine.substring("package ".length()), entries);
    }

    private static IllegalStateException malformed(String where, String why) {
        return new IllegalStateException("the migration index " + where + " cannot be read: " + why
                + ": rebuild the module");
    }
}
