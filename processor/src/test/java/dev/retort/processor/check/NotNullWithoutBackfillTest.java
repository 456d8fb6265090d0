package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;

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
    void setNotNullWithoutBackfillIsAnErrorOnTheCall() {
        JavaFileObject source = withPhone();
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                error(source, 12, 28, "[retort:not-null-without-backfill] setNotNullSafely users.phone fails if a row"
                        + " of users still holds NULL in phone: backfill it first in this migration, e.g."
                        + " op.execute(\"UPDATE users SET phone = ... WHERE phone IS NULL\")."),
                NO_ENTITY);
    }

    @Test
    void anUpdateThatSetsTheColumnIsABackfill() {
        assertReported(compile(createUsers(), withPhone("op.execute(\"UPDATE users SET Phone = '' WHERE phone IS NULL\");")),
                NO_ENTITY);
    }

    @Test
    void anExecuteAboutSomethingElseIsNot() {
        Compilation compilation = compile(createUsers(), withPhone("op.execute(\"UPDATE users SET email = lower(email)\");"));
        assertReported(compilation,
                error(compilation.sourceFiles().get(1), 13, 28, "[retort:not-null-without-backfill] setNotNullSafely"
                        + " users.phone fails if a row of users still holds NULL in phone: backfill it first in this"
                        + " migration, e.g. op.execute(\"UPDATE users SET phone = ... WHERE phone IS NULL\")."),
                NO_ENTITY);
    }

    @Test
    void anExecuteThatOnlyReadsTheColumnIsNoBackfill() {
        Compilation compilation = compile(createUsers(), withPhone("op.execute(\"SELECT phone FROM users\");"));
        assertReported(compilation,
                error(compilation.sourceFiles().get(1), 13, 28, "[retort:not-null-without-backfill] setNotNullSafely"
                        + " users.phone fails if a row of users still holds NULL in phone: backfill it first in this"
                        + " migration, e.g. op.execute(\"UPDATE users SET phone = ... WHERE phone IS NULL\")."),
                NO_ENTITY);
    }

    @Test
    void aDeleteOfTheRowsThatHoldNullCounts() {
        assertReported(compile(createUsers(), withPhone("op.execute(\"DELETE FROM users WHERE phone IS NULL\");")),
                NO_ENTITY);
    }

    @Test
    void theSkeletonsPlaceholderIsAnErrorWhereItStands() {
        JavaFileObject source = withPhone("op.execute(\"UPDATE users SET phone = NULL WHERE phone IS NULL\");");
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                error(source, 12, 19, "[retort:not-null-without-backfill] this UPDATE sets users.phone to"
                + " NULL where it is NULL, which changes nothing: it is the skeleton's placeholder; write the real"
                + " backfill, the value existing rows should get."),
                NO_ENTITY);
    }

    @Test
    void aBackfillInTheMigrationThatAddedTheColumnCounts() {
        JavaFileObject add = change("AddPhone", "",
                List.of(ADD, "op.execute(\"UPDATE users SET phone = 'unknown'\");"),
                List.of("op.dropColumn(\"users\", \"phone\");"));
        assertReported(compile(createUsers(), add, requirePhone()), NO_ENTITY);
    }

    @Test
    void anEarlierMigrationThatDidNotBackfillDoesNotCount() {
        JavaFileObject add = change("AddPhone", "", List.of(ADD), List.of("op.dropColumn(\"users\", \"phone\");"));
        JavaFileObject require = requirePhone();
        Compilation compilation = compile(createUsers(), add, require);
        assertReported(compilation,
                error(require, 11, 28, "[retort:not-null-without-backfill] setNotNullSafely"
                        + " users.phone fails if a row of users still holds NULL in phone: backfill it first in this"
                        + " migration, e.g. op.execute(\"UPDATE users SET phone = ... WHERE phone IS NULL\")."),
                NO_ENTITY);
    }

    private static JavaFileObject requirePhone() {
        return dev.retort.processor.Fixtures.migration("RequirePhone",
                "@Migration(id = \"c3\", revises = \"b2\", description = \"require phone\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.setNotNullSafely(\"users\", \"phone\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.dropNotNull(\"users\", \"phone\");",
                "    }");
    }

    @Test
    void aJavaDataStepCounts() {
        assertReported(compile(createUsers(), withPhone("op.run(connection -> { });")), NO_ENTITY);
    }

    @Test
    void suppressedOnTheMethodItIsSilent() {
        JavaFileObject source = change("RequireEmail", "",
                List.of("op.dropNotNull(\"users\", \"email\");", "op.setNotNullSafely(\"users\", \"email\");"),
                List.of("op.dropNotNull(\"users\", \"email\");", "op.setNotNullSafely(\"users\", \"email\");"));
        assertReported(compile(createUsers(), source),
                NO_ENTITY,
                error(source, 12, 28, "[retort:not-null-without-backfill] setNotNullSafely users.email fails if a row"
                        + " of users still holds NULL in email: backfill it first in this migration, e.g."
                        + " op.execute(\"UPDATE users SET email = ... WHERE email IS NULL\")."));
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
        assertReported(compile(createUsers(), suppressed), NO_ENTITY);
    }
}
