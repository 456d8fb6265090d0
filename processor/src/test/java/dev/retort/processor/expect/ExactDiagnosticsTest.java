package dev.retort.processor.expect;

import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

class ExactDiagnosticsTest {

    private static final Reported BLANK = new Reported(Diagnostic.Kind.ERROR, "app/migrations/CreateT.java", 8, 37,
            "[retort:undocumented] CreateT has a blank description: say in a sentence what the migration changes.");
    private static final Reported BLOCKING = new Reported(Diagnostic.Kind.WARNING, "app/migrations/CreateT.java", 11,
            23, "[retort:blocking-index] createIndex idx_t_a on t blocks writes to t while the index builds.");

    @Test
    void theSameDiagnosticsInAnotherOrderPass() {
        assertReported(List.of(BLOCKING, BLANK), BLANK, BLOCKING);
        assertReported(List.of());
    }

    @Test
    void anUnexpectedWarningFailsAndBothSidesAreShownOneLineEach() {
        AssertionError failure = assertThrows(AssertionError.class, () -> assertReported(List.of(BLANK, BLOCKING), BLANK));
        assertEquals("""
                the diagnostics differ (0 expected not reported, 1 reported not expected)
                expected (1):
                  ✓ expected: ERROR app/migrations/CreateT.java:8:37: [retort:undocumented] CreateT has a blank\
                 description: say in a sentence what the migration changes.
                reported (2):
                  ✓ reported: ERROR app/migrations/CreateT.java:8:37: [retort:undocumented] CreateT has a blank\
                 description: say in a sentence what the migration changes.
                  ✗ reported: WARNING app/migrations/CreateT.java:11:23: [retort:blocking-index] createIndex idx_t_a\
                 on t blocks writes to t while the index builds.
                """, failure.getMessage());
    }

    @Test
    void anotherColumnFails() {
        Reported elsewhere = new Reported(BLANK.kind(), BLANK.file(), BLANK.line(), 1, BLANK.message());
        assertThrows(AssertionError.class, () -> assertReported(List.of(BLANK), elsewhere));
    }

    @Test
    void aPrefixOfTheMessageFails() {
        Reported prefix = new Reported(BLANK.kind(), BLANK.file(), BLANK.line(), BLANK.column(),
                "[retort:undocumented] CreateT has a blank description");
        assertThrows(AssertionError.class, () -> assertReported(List.of(BLANK), prefix));
    }

    @Test
    void anotherKindFileOrLineFails() {
        assertThrows(AssertionError.class, () -> assertReported(List.of(BLANK),
                new Reported(Diagnostic.Kind.WARNING, BLANK.file(), BLANK.line(), BLANK.column(), BLANK.message())));
        assertThrows(AssertionError.class, () -> assertReported(List.of(BLANK),
                new Reported(BLANK.kind(), "app/migrations/Other.java", BLANK.line(), BLANK.column(), BLANK.message())));
        assertThrows(AssertionError.class, () -> assertReported(List.of(BLANK),
                new Reported(BLANK.kind(), BLANK.file(), 9, BLANK.column(), BLANK.message())));
    }

    @Test
    void eachDiagnosticIsCounted() {
        assertThrows(AssertionError.class, () -> assertReported(List.of(BLANK, BLANK), BLANK));
        assertThrows(AssertionError.class, () -> assertReported(List.of(BLANK), BLANK, BLANK));
        assertReported(List.of(BLANK, BLANK), BLANK, BLANK);
    }

    @Test
    void aLineBreakInAMessageIsShownOnItsLine() {
        Reported twoLines = Reported.error("first line\n  second line");
        assertEquals("ERROR (no file): first line\\n  second line", twoLines.toString());
    }
}
