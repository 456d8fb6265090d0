package dev.retort.processor.cache;

import dev.retort.migration.TabFields;
import dev.retort.processor.diagnostic.Reporter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import javax.tools.Diagnostic;

/**
 * {@link ReplayResults} as text, one value a line, each field escaped so that a message or the index
 * keeps its line breaks:
 * <pre>
 * retort-replay-results 1
 * stamp TAB hex          positions TAB hex
 * migration TAB binary name                       (one per migration, in order)
 * class TAB binary name TAB hex                   (one per class file read)
 * printed TAB kind TAB text
 * index TAB text         head TAB schema json     last TAB binary name TAB id     quiet TAB hex or nothing
 * typed TAB table TAB column TAB migration TAB file TAB line
 * sealed TAB the CRC-32C of the text above
 * </pre>
 * Anything else, or a missing field, makes the whole file unreadable, and the build that finds it
 * does the work again.
 */
public final class ReplayResultsFile {

    static final String HEADER = "retort-replay-results 2";
    /**
     * The last line: a CRC-32C of the text before it, so that a file changed or cut short is not read
     * (against damage, which is all a file in the build's own output needs; the class files it
     * depends on are compared by their {@link dev.retort.processor.util.ChangeCheck}).
     */
    private static final String SEAL = "sealed\t";

    private ReplayResultsFile() {}

    public static String write(ReplayResults results) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        line(out, "stamp", results.stamp());
        line(out, "positions", results.positions());
        results.migrations().forEach(name -> line(out, "migration", name));
        new TreeMap<>(results.classes()).forEach((name, digest) -> line(out, "class", name, digest));
        results.printed().forEach(p -> line(out, "printed", p.kind().name(), p.text()));
        line(out, "index", results.index());
        line(out, "head", results.headSchema());
        line(out, "last", results.lastMigration(), results.lastId());
        line(out, "quiet", results.quietModel());
        results.typed().forEach(t -> line(out, "typed", t.table(), t.column(), t.migration(), t.file(),
                Integer.toString(t.line())));
        String seal = seal(out);
        return out.append(SEAL).append(seal).append('\n').toString();
    }

    /** The results this text holds; empty when it is not a whole file this format writes. */
    public static Optional<ReplayResults> read(String text) {
        int seal = text.lastIndexOf(SEAL);
        if (seal < 0 || !text.substring(seal + SEAL.length()).equals(seal(text.substring(0, seal)) + "\n")) {
            return Optional.empty();
        }
        List<String> lines = text.substring(0, seal).lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return Optional.empty();
        }
        Map<String, String> single = new LinkedHashMap<>();
        List<String> migrations = new ArrayList<>();
        Map<String, String> classes = new LinkedHashMap<>();
        List<Reporter.Printed> printed = new ArrayList<>();
        List<ReplayResults.TypedColumn> typed = new ArrayList<>();
        String[] last = null;
        try {
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split("\t", -1);
                for (int i = 1; i < fields.length; i++) {
                    fields[i] = TabFields.unescape(fields[i]);
                }
                switch (fields[0] + "/" + fields.length) {
                    case "stamp/2", "positions/2", "index/2", "head/2", "quiet/2" -> single.put(fields[0], fields[1]);
                    case "migration/2" -> migrations.add(fields[1]);
                    case "class/3" -> classes.put(fields[1], fields[2]);
                    case "printed/3" -> printed.add(new Reporter.Printed(Diagnostic.Kind.valueOf(fields[1]),
                            fields[2]));
                    case "last/3" -> last = fields;
                    case "typed/6" -> typed.add(new ReplayResults.TypedColumn(fields[1], fields[2], fields[3],
                            fields[4], Integer.parseInt(fields[5])));
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (single.size() != 5 || last == null) {
            return Optional.empty();
        }
        return Optional.of(new ReplayResults(single.get("stamp"), single.get("positions"), migrations, classes, printed,
                single.get("index"), single.get("head"), last[1], last[2], typed, single.get("quiet")));
    }

    private static String seal(CharSequence text) {
        CRC32C crc = new CRC32C();
        crc.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    private static void line(StringBuilder out, String kind, String... fields) {
        out.append(kind);
        for (String field : fields) {
            out.append('\t');
            TabFields.escape(field, out);
        }
        out.append('\n');
    }
}
