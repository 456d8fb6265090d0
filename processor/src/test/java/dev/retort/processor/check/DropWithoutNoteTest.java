package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.migration;

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
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:drop-without-note] dropColumn users.email loses the data"
                        + " in users.email: copy it first, then say where it went with\n  @DataPreserved(table = \"users\","
                        + " column = \"email\", note = \"...\") on DropEmail.")
                .inFile(compilation.sourceFiles().get(1)).onLine(11);
    }

    @Test
    void aNoteForTheColumnLetsItCompile() {
        Compilation compilation = compile(createUsers(), dropEmail(
                "@DataPreserved(table = \"users\", column = \"email\", note = \"moved to contacts.email by a0\") "));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[retort:lossy-downgrade] addColumn users.email brings");
    }

    @Test
    void aNoteForAnotherColumnDoesNotCoverIt() {
        Compilation compilation = compile(createUsers(), dropEmail(
                "@DataPreserved(table = \"users\", note = \"the table is archived\") "));
        assertThat(compilation).hadErrorContaining("[retort:drop-without-note] dropColumn users.email")
                .inFile(compilation.sourceFiles().get(1)).onLine(11);
    }

    @Test
    void aBlankNoteIsAnErrorOnTheNote() {
        Compilation compilation = compile(createUsers(), dropEmail(
                "@DataPreserved(table = \"users\", column = \"email\", note = \"TODO\") "));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:invalid-annotation] @DataPreserved for users.email needs a"
                + " note saying where the data went (not blank, not a TODO).")
                .inFile(compilation.sourceFiles().get(1)).onLine(8);
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
        assertThat(compilation).hadErrorContaining("[retort:drop-without-note] dropTable users loses the data in"
                + " table users: copy it first, then say where it went with\n  @DataPreserved(table = \"users\","
                + " note = \"...\") on DropUsers.").inFile(dropUsers).onLine(11);
    }
}
