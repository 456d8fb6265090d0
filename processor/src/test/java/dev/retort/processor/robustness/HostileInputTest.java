package dev.retort.processor.robustness;

import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.processor.expect.Reported;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hostile edit of the seed project, compiled once: no crash, no stack trace, and where the edit
 * breaks a rule, the check that owns the rule refuses it.
 */
class HostileInputTest {

    private static InProcessJavac javac;

    @BeforeAll
    static void open() {
        // The seed project has no entity for its orders table: drift is another test's subject.
        javac = new InProcessJavac(List.of("-Aretort.check.drift=off"));
    }

    @AfterAll
    static void close() throws Exception {
        javac.close();
    }

    static Stream<Arguments> edits() {
        return HostileEdits.all().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void neverACrashAndEveryBrokenRuleRefused(HostileEdits.Edit edit) {
        InProcessJavac.Outcome outcome = javac.compile(edit.apply().apply(Seeds.project()));
        assertTrue(outcome.processorRan(), edit.name());
        assertNull(outcome.escaped(), edit.name());
        List<String> messages = outcome.diagnostics().stream().map(d -> d.getMessage(null)).toList();
        for (String message : messages) {
            assertTrue(!message.contains("[retort:internal]") && !message.contains("\tat "), message);
        }
        if (edit.refusedBy() != null) {
            long refusals = outcome.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR
                    && d.getMessage(null).startsWith("[retort:" + edit.refusedBy() + "]")).count();
            assertTrue(refusals > 0, edit.name() + " must be refused by " + edit.refusedBy() + ": " + messages);
        }
    }

    @Test
    void theUntouchedProjectIsClean() {
        InProcessJavac.Outcome clean = javac.compile(Seeds.project());
        assertReported(clean.diagnostics().stream().map(Reported::of).toList());
    }
}
