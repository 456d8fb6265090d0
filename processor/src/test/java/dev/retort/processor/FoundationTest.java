package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.addName;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.indexEmail;
import static dev.retort.processor.Fixtures.userEntity;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class FoundationTest {

    @Test
    void threeMigrationsMatchingTheirEntityCompileCleanly() {
        Compilation compilation = compile(createUsers(), addName(), indexEmail(), userEntity());
        assertThat(compilation).succeededWithoutWarnings();
    }
}
