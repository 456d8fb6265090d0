package dev.retort.processor;

import static dev.retort.processor.Fixtures.addName;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.indexEmail;
import static dev.retort.processor.Fixtures.userEntity;
import static dev.retort.processor.expect.ExactDiagnostics.assertClean;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class FoundationTest {

    @Test
    void threeMigrationsMatchingTheirEntityCompileCleanly() {
        Compilation compilation = compile(createUsers(), addName(), indexEmail(), userEntity());
        assertClean(compilation);
    }
}
