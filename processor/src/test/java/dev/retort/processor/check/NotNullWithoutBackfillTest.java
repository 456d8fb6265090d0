package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.warning;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class NotNullWithoutBackfillTest {

    private static final String ADD = "op.addColumn(\"users\", column(\"phone\", varchar(20)));";
    private static final String SET = "op.setNotNull(\"users\", \"phone\");";

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
        assertReported(compilation,
                warning(source, 12, 22, "[retort:not-null-without-backfill] setNotNull users.phone fails if a row of"
                        + " users still holds NULL in phone: backfill it first in this migration, e.g."
                        + " op.execute(\"UPDATE users SET phone = ... WHERE phone IS NULL\")."),
                NO_ENTITY);
    }

    @Test
    void anExecuteThatNamesTheColumnIsABackfill() {
        assertReported(compile(createUsers(), withPhone("op.execute(\"UPDATE users SET Phone = '' WHERE phone IS NULL\");")),
                NO_ENTITY);
    }

    @Test
    void anExecuteAboutSomethingElseIsNot() {
        Compilation compilation = compile(createUsers(), withPhone("op.execute(\"UPDATE users SET email = lower(email)\");"));
        assertReported(compilation,
                warning(compilation.sourceFiles().get(1), 13, 22, "[retort:not-null-without-backfill] setNotNull"
                        + " users.phone fails if a row of users still holds NULL in phone: backfill it first in this"
                        + " migration, e.g. op.execute(\"UPDATE users SET phone = ... WHERE phone IS NULL\")."),
                NO_ENTITY);
    }

    @Test
    void aJavaDataStepCounts() {
        assertReported(compile(createUsers(), withPhone("op.run(connection -> { });")), NO_ENTITY);
    }

    @Test
    void suppressedOnTheMethodItIsSilent() {
        JavaFileObject source = change("RequireEmail", "",
                List.of("op.dropNotNull(\"users\", \"email\");", "op.setNotNull(\"users\", \"email\");"),
                List.of("op.dropNotNull(\"users\", \"email\");", "op.setNotNull(\"users\", \"email\");"));
        assertReported(compile(createUsers(), source),
                NO_ENTITY,
                warning(source, 12, 22, "[retort:not-null-without-backfill] setNotNull users.email fails if a row of"
                        + " users still holds NULL in email: backfill it first in this migration, e.g."
                        + " op.execute(\"UPDATE users SET email = ... WHERE email IS NULL\")."));
        JavaFileObject suppressed = dev.retort.processor.Fixtures.migration("RequireEmail",
                "@Migration(id = \"b2\", revises = \"a1\", description = \"require email\")",
                "    @SuppressWarnings(\"retort:not-null-without-backfill\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.dropNotNull(\"users\", \"email\");",
                "        op.setNotNull(\"users\", \"email\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.dropNotNull(\"users\", \"email\");",
                "        op.setNotNull(\"users\", \"email\");",
                "    }");
        assertReported(compile(createUsers(), suppressed), NO_ENTITY);
    }
}
