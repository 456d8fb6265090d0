package dev.retort.processor.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a build that saw the whole module recorded of it, {@value #RESOURCE} in the class output: each
 * model class and migration by binary name, its source file, and the source line of every place a
 * diagnostic can be attached to in it. A later build that compiles only some files finds there the
 * classes it does not compile, and the lines to name when it reports on them.
 * Since {@code @SuppressWarnings} is not kept in class files, the {@code retort:} names it gives each
 * element are recorded too.
 * <pre>
 * retort-module 1
 * class TAB binary name TAB kind (model or migration) TAB source path
 * TAB key TAB line                          (the lines of the class above)
 * TAB suppress TAB key TAB names, comma separated
 * </pre>
 */
public final class ModuleRecord {

    public static final String RESOURCE = "META-INF/retort/module";
    private static final String HEADER = "retort-module 1";

    /** What the kind of a recorded class is. */
    public enum Kind { MODEL, MIGRATION }

    /** One recorded class: where its source is, the line of each key in it, and what each key suppresses. */
    public record Entry(String binaryName, Kind kind, String sourcePath, Map<String, Long> lines,
                        Map<String, List<String>> suppressions) {
        public Entry {
            lines = Map.copyOf(lines);
            suppressions = Map.copyOf(suppressions);
        }
    }

    private final Map<String, Entry> entries;

    /** The record of these classes, kept in the order of their names, so that every build writes the same text. */
    public ModuleRecord(Collection<Entry> entries) {
        Map<String, Entry> byName = new TreeMap<>();
        entries.forEach(e -> byName.put(e.binaryName(), e));
        this.entries = byName;
    }

    public Collection<Entry> entries() {
        return entries.values();
    }

    public Optional<Entry> entry(String binaryName) {
        return Optional.ofNullable(entries.get(binaryName));
    }

    /** The record of these classes and of the classes nested in them (binary names). */
    public ModuleRecord only(Set<String> binaryNames) {
        List<Entry> kept = new ArrayList<>();
        for (Entry entry : entries.values()) {
            String name = entry.binaryName();
            for (int end = name.length(); end > 0; end = name.lastIndexOf('$', end - 1)) {
                if (binaryNames.contains(name.substring(0, end))) {
                    kept.add(entry);
                    break;
                }
            }
        }
        return new ModuleRecord(kept);
    }

    public String write() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Entry entry : entries.values()) {
            out.append("class\t").append(entry.binaryName()).append('\t').append(entry.kind().name().toLowerCase())
                    .append('\t').append(entry.sourcePath()).append('\n');
            for (Map.Entry<String, Long> line : new TreeMap<>(entry.lines()).entrySet()) {
                out.append('\t').append(line.getKey()).append('\t').append(line.getValue()).append('\n');
            }
            for (Map.Entry<String, List<String>> names : new TreeMap<>(entry.suppressions()).entrySet()) {
                out.append("\tsuppress\t").append(names.getKey()).append('\t')
                        .append(String.join(",", names.getValue())).append('\n');
            }
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
        Map<String, List<String>> suppressions = new LinkedHashMap<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 4 && fields[0].equals("class")) {
                add(entries, current, lines, suppressions);
                current = fields;
                lines = new LinkedHashMap<>();
                suppressions = new LinkedHashMap<>();
            } else if (fields.length == 4 && fields[0].isEmpty() && fields[1].equals("suppress") && current != null) {
                suppressions.put(fields[2], List.of(fields[3].split(",")));
            } else if (fields.length == 3 && fields[0].isEmpty() && current != null && isNumber(fields[2])) {
                lines.put(fields[1], Long.parseLong(fields[2]));
            } else {
                return Optional.empty();
            }
        }
        add(entries, current, lines, suppressions);
        return Optional.of(new ModuleRecord(entries.values()));
    }

    private static boolean isNumber(String text) {
        if (text.isEmpty() || text.length() >= 10) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void add(Map<String, Entry> entries, String[] fields, Map<String, Long> lines,
                            Map<String, List<String>> suppressions) {
        if (fields != null) {
            Kind kind = fields[2].equals("migration") ? Kind.MIGRATION : Kind.MODEL;
            entries.put(fields[1], new Entry(fields[1], kind, fields[3], lines, suppressions));
        }
    }
}
