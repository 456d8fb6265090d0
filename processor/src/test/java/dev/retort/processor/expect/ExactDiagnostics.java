package dev.retort.processor.expect;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Asserts every diagnostic of a compilation exactly: kind, full text, file, line and column, and
 * nothing more (an extra warning or note fails). A failure shows what was expected and what was
 * reported, one line each, every line marked as matched or not.
 */
public final class ExactDiagnostics {

    private static final Comparator<Reported> ORDER = Comparator
            .comparing((Reported r) -> r.file() == null ? "" : r.file())
            .thenComparingLong(Reported::line).thenComparingLong(Reported::column)
            .thenComparing(r -> r.kind().name()).thenComparing(Reported::message);

    private ExactDiagnostics() {}

    /** The compilation reported exactly these diagnostics, in any order. */
    public static void assertReported(Compilation compilation, Reported... expected) {
        assertReported(compilation.diagnostics().stream().map(Reported::of).toList(), expected);
    }

    /** The compilation succeeded and reported nothing at all. */
    public static void assertClean(Compilation compilation) {
        assertReported(compilation);
        if (compilation.status() != Compilation.Status.SUCCESS) {
            throw new AssertionError("the compilation failed without reporting an error");
        }
    }

    /** These diagnostics are exactly the expected ones, in any order. */
    public static void assertReported(List<Reported> reported, Reported... expected) {
        List<Reported> unmatched = new ArrayList<>(reported);
        List<Reported> missing = new ArrayList<>();
        for (Reported e : expected) {
            if (!unmatched.remove(e)) {
                missing.add(e);
            }
        }
        if (missing.isEmpty() && unmatched.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("the diagnostics differ (" + missing.size() + " expected not reported, "
                + unmatched.size() + " reported not expected)\n");
        appendMarked(text, "expected", List.of(expected), missing);
        appendMarked(text, "reported", reported, unmatched);
        throw new AssertionError(text.toString());
    }

    private static void appendMarked(StringBuilder text, String title, List<Reported> all, List<Reported> odd) {
        text.append(title).append(" (").append(all.size()).append("):\n");
        List<Reported> oddLeft = new ArrayList<>(odd);
        for (Reported r : all.stream().sorted(ORDER).toList()) {
            text.append(oddLeft.remove(r) ? "  ✗ " : "  ✓ ").append(title).append(": ").append(r).append('\n');
        }
    }
}
