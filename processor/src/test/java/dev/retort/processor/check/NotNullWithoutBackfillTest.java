package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class NotNullWithoutBackfillTest {

    private static final String ADD = "op.addColumn(\"users\", column(\"phone\", varchar(20)));";
    private static final String SET = "op.setNotNullSafely(\"users\", \"phone\");";

    private static JavaFileObject withPhone(String... up) {
        List<String> steps = new ArrayList<>(List.of(ADD));
        steps.addAll(List.of(up));
        steps.add(SET);
        return change("RequirePhone", "", steps,
                List.of("op.dropNotNull(\"users\", \"phone\");", "op.dropColumn(\"users\", \"phone\");"));
    }

    @Test
    void setNotNullWithoutBackfillIsAWarningOnTheCall() {
        JavaFileObject source = withPhone();
        Compilation compilation = compile(createUsers(), source);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[retort:not-null-without-backfill] setNotNullSafely users.phone fails"
                + " if a row of users still holds NULL in phone: backfill it first in this migration, e.g."
                + " op.execute(\"UPDATE users SET phone = ... WHERE phone IS NULL\").").inFile(source).onLine(12);
    }

    @Test
    void anExecuteThatNamesTheColumnIsABackfill() {
        assertThat(compile(createUsers(), withPhone("op.execute(\"UPDATE users SET Phone = '' WHERE phone IS NULL\");")))
                .succeededWithoutWarnings();
    }

    @Test
    void anExecuteAboutSomethingElseIsNot() {
        Compilation compilation = compile(createUsers(), withPhone("op.execute(\"UPDATE users SET email = lower(email)\");"));
        assertThat(compilation).hadWarningContaining("[retort:not-null-without-backfill] setNotNullSafely users.phone")
                .inFile(compilation.sourceFiles().get(1)).onLine(13);
    }

    @Test
    void aJavaDataStepCounts() {
        assertThat(compile(createUsers(), withPhone("op.run(connection -> { });"))).succeededWithoutWarnings();
    }

    @Test
    void suppressedOnTheMethodItIsSilent() {
        JavaFileObject source = change("RequireEmail", "",
                List.of("op.dropNotNull(\"users\", \"email\");", "op.setNotNullSafely(\"users\", \"email\");"),
                List.of("op.dropNotNull(\"users\", \"email\");", "op.setNotNullSafely(\"users\", \"email\");"));
        assertThat(compile(createUsers(), source)).hadWarningCount(1);
        JavaFileObject suppressed = dev.retort.processor.Fixtures.migration("RequireEmail",
                "@Migration(id = \"b2\", revises = \"a1\", description = \"require email\")",
                "    @SuppressWarnings(\"retort:not-null-without-backfill\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.dropNotNull(\"users\", \"email\");",
                "        op.setNotNullSafely(\"users\", \"email\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.dropNotNull(\"users\", \"email\");",
                "        op.setNotNullSafely(\"users\", \"email\");",
                "    }");
        assertThat(compile(createUsers(), suppressed)).succeededWithoutWarnings();
    }
}
