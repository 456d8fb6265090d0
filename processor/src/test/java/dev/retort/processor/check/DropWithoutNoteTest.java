package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.migration;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static dev.retort.processor.expect.Reported.warning;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class DropWithoutNoteTest {

    private static JavaFileObject dropEmail(String annotations) {
        return migration("DropEmail", annotations + "@Migration(id = \"b2\", revises = \"a1\", description = \"drop email\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.dropColumn(\"users\", \"email\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.addColumn(\"users\", column(\"email\", varchar(255)).notNull());",
                "    }");
    }

    @Test
    void aDropWithoutNoteIsAnErrorOnTheCall() {
        Compilation compilation = compile(createUsers(), dropEmail(""));
        assertReported(compilation,
                error(compilation.sourceFiles().get(1), 11, 22, "[retort:drop-without-note] dropColumn users.email"
                        + " loses the data in users.email: copy it first, then say where it went with\n "
                        + " @DataPreserved(table = \"users\", column = \"email\", note = \"...\") on DropEmail."),
                NO_ENTITY);
    }

    @Test
    void aNoteForTheColumnLetsItCompile() {
        Compilation compilation = compile(createUsers(), dropEmail(
                "@DataPreserved(table = \"users\", column = \"email\", note = \"moved to contacts.email by a0\") "));
        assertReported(compilation,
                warning(compilation.sourceFiles().get(1), 14, 21, "[retort:lossy-downgrade] addColumn users.email"
                        + " brings users.email back without its data, which the upgrade lost (@DataPreserved: \"moved"
                        + " to contacts.email by a0\"):\n  restore the data with an execute after it, or accept the"
                        + " loss with @SuppressWarnings(\"retort:lossy-downgrade\")."),
                NO_ENTITY);
    }

    @Test
    void aNoteForAnotherColumnDoesNotCoverIt() {
        Compilation compilation = compile(createUsers(), dropEmail(
                "@DataPreserved(table = \"users\", note = \"the table is archived\") "));
        assertReported(compilation,
                error(compilation.sourceFiles().get(1), 11, 22, "[retort:drop-without-note] dropColumn users.email"
                        + " loses the data in users.email: copy it first, then say where it went with\n "
                        + " @DataPreserved(table = \"users\", column = \"email\", note = \"...\") on DropEmail."),
                NO_ENTITY);
    }

    @Test
    void aBlankNoteIsAnErrorOnTheNote() {
        Compilation compilation = compile(createUsers(), dropEmail(
                "@DataPreserved(table = \"users\", column = \"email\", note = \"TODO\") "));
        assertReported(compilation,
                error(compilation.sourceFiles().get(1), 8, 58, "[retort:invalid-annotation] @DataPreserved for"
                        + " users.email needs a note saying where the data went (not blank, not a TODO)."),
                NO_ENTITY,
                warning(compilation.sourceFiles().get(1), 14, 21, "[retort:lossy-downgrade] addColumn users.email"
                        + " brings users.email back without its data, which the upgrade lost (@DataPreserved:"
                        + " \"TODO\"):\n  restore the data with an execute after it, or accept the loss with"
                        + " @SuppressWarnings(\"retort:lossy-downgrade\")."));
    }

    @Test
    void droppingATableNeedsAWholeTableNote() {
        JavaFileObject dropUsers = migration("DropUsers",
                "@Migration(id = \"b2\", revises = \"a1\", description = \"drop users\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.dropTable(\"users\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.createTable(\"users\", column(\"id\", BIGINT).primaryKey(),",
                "            column(\"email\", varchar(255)).notNull());",
                "    }");
        Compilation compilation = compile(createUsers(), dropUsers);
        assertReported(compilation,
                error(dropUsers, 11, 21, "[retort:drop-without-note] dropTable users loses the data in table users:"
                        + " copy it first, then say where it went with\n  @DataPreserved(table = \"users\", note ="
                        + " \"...\") on DropUsers."),
                NO_ENTITY);
    }
}
