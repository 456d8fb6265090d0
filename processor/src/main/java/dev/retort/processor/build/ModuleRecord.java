package dev.retort.processor.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a build that saw the whole module recorded of it, {@value #RESOURCE} in the class output: each
 * model class and migration by binary name, its source file, and the source line of every place a
 * diagnostic can be attached to in it. A later build that compiles only some files finds there the
 * classes it does not compile, and the lines to name when it reports on them.
 * <pre>
 * retort-module 1
 * class TAB binary name TAB kind (model or migration) TAB source path
 * TAB key TAB line          (the lines of the class above)
 * </pre>
 */
public final class ModuleRecord {

    public static final String RESOURCE = "META-INF/retort/module";
    private static final String HEADER = "retort-module 1";

    /** What the kind of a recorded class is. */
    public enum Kind { MODEL, MIGRATION }

    /** One recorded class: where its source is and the line of each key in it. */
    public record Entry(String binaryName, Kind kind, String sourcePath, Map<String, Long> lines) {
        public Entry {
            lines = Map.copyOf(lines);
        }
    }

    private final Map<String, Entry> entries;

    public ModuleRecord(Collection<Entry> entries) {
        Map<String, Entry> byName = new LinkedHashMap<>();
        entries.forEach(e -> byName.put(e.binaryName(), e));
        this.entries = byName;
    }

    public Collection<Entry> entries() {
        return entries.values();
    }

    public Optional<Entry> entry(String binaryName) {
        return Optional.ofNullable(entries.get(binaryName));
    }

    public String write() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Entry entry : entries.values()) {
            out.append("class\t").append(entry.binaryName()).append('\t').append(entry.kind().name().toLowerCase())
                    .append('\t').append(entry.sourcePath()).append('\n');
            entry.lines().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(line ->
                    out.append('\t').append(line.getKey()).append('\t').append(line.getValue()).append('\n'));
        }
        return out.toString();
    }

    /** The record, or empty when it is not one this Retort wrote (then the build cannot rely on it). */
    public static Optional<ModuleRecord> read(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        if (!HEADER.equals(in.readLine())) {
            return Optional.empty();
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        String[] current = null;
        Map<String, Long> lines = new LinkedHashMap<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 4 && fields[0].equals("class")) {
                add(entries, current, lines);
                current = fields;
                lines = new LinkedHashMap<>();
            } else if (fields.length == 3 && fields[0].isEmpty() && current != null && isNumber(fields[2])) {
                lines.put(fields[1], Long.parseLong(fields[2]));
            } else {
                return Optional.empty();
            }
        }
        add(entries, current, lines);
        return Optional.of(new ModuleRecord(entries.values()));
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.length() < 10 && text.chars().allMatch(Character::isDigit);
    }

    private static void add(Map<String, Entry> entries, String[] fields, Map<String, Long> lines) {
        if (fields != null) {
            Kind kind = fields[2].equals("migration") ? Kind.MIGRATION : Kind.MODEL;
            entries.put(fields[1], new Entry(fields[1], kind, fields[3], lines));
        }
    }
}
