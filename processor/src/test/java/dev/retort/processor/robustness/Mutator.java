package dev.retort.processor.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutates Java source at the token level, deterministically from a seed: deletes a token, swaps two,
 * duplicates one, or puts another token of the same source in its place.
 */
final class Mutator {

    /** What was done, for the summary. */
    enum Kind { DELETE, SWAP, DUPLICATE, REPLACE }

    record Mutant(String source, List<Kind> kinds) {}

    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|[A-Za-z_$][A-Za-z0-9_$]*|\\d+(?:\\.\\d+)?[LlDdFf]?"
                    + "|->|::|&&|\\|\\||[=!<>]=|\\S");

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    Mutant mutate(String source) {
        List<int[]> spans = tokens(source);
        int firstBodyToken = firstAfter(source, spans, "public class");
        StringBuilder text = new StringBuilder(source);
        List<Kind> kinds = new ArrayList<>();
        int count = 1 + random.nextInt(2);
        for (int n = 0; n < count; n++) {
            spans = tokens(text.toString());
            int from = Math.min(firstBodyToken, spans.size() - 1);
            int i = from + random.nextInt(spans.size() - from);
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            apply(text, spans, i, kind, from);
            kinds.add(kind);
        }
        return new Mutant(text.toString(), kinds);
    }

    private void apply(StringBuilder text, List<int[]> spans, int i, Kind kind, int from) {
        int[] token = spans.get(i);
        String tokenText = text.substring(token[0], token[1]);
        switch (kind) {
            case DELETE:
                text.delete(token[0], token[1]);
                break;
            case DUPLICATE:
                text.insert(token[1], " " + tokenText);
                break;
            case SWAP: {
                int j = random.nextBoolean() && i + 1 < spans.size() ? i + 1 : from + random.nextInt(spans.size() - from);
                int[] a = spans.get(Math.min(i, j));
                int[] b = spans.get(Math.max(i, j));
                String first = text.substring(a[0], a[1]);
                String second = text.substring(b[0], b[1]);
                text.replace(b[0], b[1], first);
                text.replace(a[0], a[1], second);
                break;
            }
            default: {
                int[] other = spans.get(from + random.nextInt(spans.size() - from));
                text.replace(token[0], token[1], text.substring(other[0], other[1]));
                break;
            }
        }
    }

    private static List<int[]> tokens(String source) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(source);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        return spans;
    }

    /** The index of the first token after a marker (the class header), so package and imports stay intact. */
    private static int firstAfter(String source, List<int[]> spans, String marker) {
        int at = source.indexOf(marker);
        if (at < 0) {
            return 0;
        }
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i)[0] >= at) {
                return Math.max(0, i - 12);
            }
        }
        return 0;
    }
}
