package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.migration;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class GraphCheckTest {

    private static JavaFileObject table(String name, String id, String revises) {
        return migration(name, "@Migration(id = \"" + id + "\", revises = " + revises + ", description = \"t " + id + "\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.createTable(\"t_" + id + "\", column(\"id\", BIGINT).primaryKey());",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.dropTable(\"t_" + id + "\");",
                "    }");
    }

    @Test
    void twoHeadsAskForAMergeMigration() {
        JavaFileObject root = table("Root", "a1", "{}");
        JavaFileObject left = table("Left", "b2", "\"a1\"");
        JavaFileObject right = table("Right", "c3", "\"a1\"");
        Compilation compilation = compile(root, left, right);
        assertThat(compilation).hadErrorCount(2);
        String message = "[retort:graph] the migrations have several heads (Left, Right): create a merge migration"
                + " with revises = {\"b2\", \"c3\"} and an empty upgrade (a merge that changes nothing needs no"
                + " downgrade).";
        assertThat(compilation).hadErrorContaining(message).inFile(left).onLine(8);
        assertThat(compilation).hadErrorContaining(message).inFile(right).onLine(8);
    }

    @Test
    void aMergeMigrationCompiles() {
        assertThat(compile(table("Root", "a1", "{}"), table("Left", "b2", "\"a1\""), table("Right", "c3", "\"a1\""),
                table("Merge", "d4", "{\"b2\", \"c3\"}"))).succeededWithoutWarnings();
    }

    @Test
    void anUnknownRevisionIsAnErrorOnThatValue() {
        JavaFileObject orphan = table("Orphan", "b2", "\"zz\"");
        Compilation compilation = compile(table("Root", "a1", "{}"), orphan);
        assertThat(compilation).hadErrorContaining("[retort:graph] Orphan revises 'zz', but no migration has that id:"
                + " revise an existing id.").inFile(orphan).onLine(8);
    }

    @Test
    void aDuplicateIdIsAnErrorOnBoth() {
        JavaFileObject first = table("First", "a1", "{}");
        JavaFileObject second = table("Second", "a1", "{}");
        Compilation compilation = compile(first, second);
        assertThat(compilation).hadErrorContaining("[retort:graph] migration id 'a1' is used by First and Second: give"
                + " each migration its own id.").inFile(second).onLine(8);
    }

    @Test
    void aCycleIsAnError() {
        JavaFileObject root = table("Root", "a1", "{}");
        JavaFileObject b = table("B", "b2", "{\"a1\", \"c3\"}");
        JavaFileObject c = table("C", "c3", "\"b2\"");
        Compilation compilation = compile(root, b, c);
        assertThat(compilation).hadErrorContaining("[retort:graph] migrations revise each other in a circle")
                .inFile(c).onLine(8);
    }

    @Test
    void twoRootsAreAnError() {
        JavaFileObject first = table("First", "a1", "{}");
        JavaFileObject second = table("Second", "b2", "{}");
        JavaFileObject merge = table("Merge", "c3", "{\"a1\", \"b2\"}");
        Compilation compilation = compile(first, second, merge);
        assertThat(compilation).hadErrorContaining("[retort:graph] several migrations revise nothing (First, Second):"
                + " only the first may; make the others revise the migration before them.").inFile(second).onLine(8);
    }

    @Test
    void theMergeTheMessageAsksForCompilesWithoutADowngrade() {
        JavaFileObject merge = migration("Merge", "@Migration(id = \"d4\", revises = {\"b2\", \"c3\"}, description = \"merge\")",
                "    @Override public void upgrade(Ops op) {",
                "    }");
        assertThat(compile(table("Root", "a1", "{}"), table("Left", "b2", "\"a1\""), table("Right", "c3", "\"a1\""),
                merge)).succeededWithoutWarnings();
    }

    @Test
    void aMigrationThatForgotRevisesIsToldWhichHeadItFollows() {
        JavaFileObject late = table("Late", "c3", "{}");
        Compilation compilation = compile(table("First", "a1", "{}"), table("Second", "b2", "\"a1\""), late);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:graph] Late revises nothing, but the history already starts"
                + " elsewhere and ends at Second: add revises = \"b2\" to its @Migration.").inFile(late).onLine(8);
    }

    @Test
    void followingTheAdviceForAForgottenRevisesCompiles() {
        assertThat(compile(table("First", "a1", "{}"), table("Second", "b2", "\"a1\""), table("Late", "c3", "\"b2\"")))
                .succeededWithoutWarnings();
    }
}
