package dev.retort.processor.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.processor.classfile.ClassFiles;
import dev.retort.processor.diagnostic.Reporter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

class ReplayResultsFileTest {

    private static final ReplayResults RESULTS = new ReplayResults("ab12", "cd34",
            List.of("app.migrations.B", "app.migrations.A$Inner"),
            Map.of("app.migrations.B", "ff00", "app.migrations.A$Inner", "00ff", "app.Constants", ClassFiles.ABSENT),
            List.of(new Reporter.Printed(Diagnostic.Kind.WARNING, "[retort:x] two\nlines\twith a tab \\ and a backslash"),
                    new Reporter.Printed(Diagnostic.Kind.NOTE, "")),
            "package app.migrations\na1\t\tapp.migrations.B\tsum\tdescription \\t kept\n", "{\"tables\": {}}",
            "app.migrations.B", "b2", List.of(new ReplayResults.TypedColumn("users", "name", "app.migrations.B",
                    "app/migrations/B.java", 11)), "99aa");

    @Test
    void whatIsWrittenReadsBackTheSame() {
        assertEquals(Optional.of(RESULTS), ReplayResultsFile.read(ReplayResultsFile.write(RESULTS)));
    }

    @Test
    void aFileChangedAnywhereOrCutShortIsNotRead() {
        String text = ReplayResultsFile.write(RESULTS);
        for (int at = 0; at < text.length(); at += 7) {
            String changed = text.substring(0, at) + (text.charAt(at) == 'x' ? 'y' : 'x') + text.substring(at + 1);
            assertEquals(Optional.empty(), ReplayResultsFile.read(changed), "changed at " + at);
            assertEquals(Optional.empty(), ReplayResultsFile.read(text.substring(0, at)), "cut at " + at);
        }
        assertTrue(ReplayResultsFile.read(text).isPresent());
    }
}
