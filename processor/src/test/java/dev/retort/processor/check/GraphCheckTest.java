package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.migration;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;

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
        String message = "[retort:graph] the migrations have several heads (Left, Right): create a merge migration"
                + " with revises = {\"b2\", \"c3\"} and an empty upgrade (a merge that changes nothing needs no"
                + " downgrade).";
        assertReported(compilation,
                error(left, 8, 17, message),
                error(right, 8, 17, message),
                NO_ENTITY);
    }

    @Test
    void aMergeMigrationCompiles() {
        assertReported(compile(table("Root", "a1", "{}"), table("Left", "b2", "\"a1\""), table("Right", "c3", "\"a1\""),
                table("Merge", "d4", "{\"b2\", \"c3\"}")),
                NO_ENTITY);
    }

    @Test
    void anUnknownRevisionIsAnErrorOnThatValue() {
        JavaFileObject root = table("Root", "a1", "{}");
        JavaFileObject orphan = table("Orphan", "b2", "\"zz\"");
        Compilation compilation = compile(root, orphan);
        String heads = "[retort:graph] the migrations have several heads (Orphan, Root): create a merge migration"
                + " with revises = {\"b2\", \"a1\"} and an empty upgrade (a merge that changes nothing needs no"
                + " downgrade).";
        assertReported(compilation,
                error(orphan, 8, 33, "[retort:graph] Orphan revises 'zz', but no migration has that id: revise an"
                        + " existing id."),
                error(orphan, 8, 17, heads),
                error(root, 8, 17, heads));
    }

    @Test
    void aDuplicateIdIsAnErrorOnBoth() {
        JavaFileObject first = table("First", "a1", "{}");
        JavaFileObject second = table("Second", "a1", "{}");
        Compilation compilation = compile(first, second);
        assertReported(compilation,
                error(first, 8, 17, "[retort:graph] migration id 'a1' is used by First and Second: give each"
                        + " migration its own id."),
                error(second, 8, 17, "[retort:graph] migration id 'a1' is used by First and Second: give each"
                        + " migration its own id."));
    }

    @Test
    void revisingAnIdTwiceIsAnErrorOnRevises() {
        JavaFileObject twice = table("Twice", "b2", "{\"a1\", \"a1\"}");
        assertReported(compile(table("Root", "a1", "{}"), twice),
                error(twice, 8, 33, "[retort:graph] Twice revises a1 twice: list each earlier migration once."));
    }

    @Test
    void aCycleIsAnError() {
        JavaFileObject root = table("Root", "a1", "{}");
        JavaFileObject b = table("B", "b2", "{\"a1\", \"c3\"}");
        JavaFileObject c = table("C", "c3", "\"b2\"");
        Compilation compilation = compile(root, b, c);
        String message = "[retort:graph] migrations revise each other in a circle (b2 -> c3 -> b2): one of them must"
                + " revise an earlier migration instead.";
        assertReported(compilation, error(b, 8, 33, message), error(c, 8, 33, message));
    }

    @Test
    void twoRootsAreAnError() {
        JavaFileObject first = table("First", "a1", "{}");
        JavaFileObject second = table("Second", "b2", "{}");
        JavaFileObject merge = table("Merge", "c3", "{\"a1\", \"b2\"}");
        Compilation compilation = compile(first, second, merge);
        assertReported(compilation,
                error(first, 8, 17, "[retort:graph] several migrations revise nothing (First, Second): only the first"
                        + " may; make the others revise the migration before them."),
                error(second, 8, 17, "[retort:graph] several migrations revise nothing (First, Second): only the first"
                        + " may; make the others revise the migration before them."));
    }

    @Test
    void theMergeTheMessageAsksForCompilesWithoutADowngrade() {
        JavaFileObject merge = migration("Merge", "@Migration(id = \"d4\", revises = {\"b2\", \"c3\"}, description = \"merge\")",
                "    @Override public void upgrade(Ops op) {",
                "    }");
        assertReported(compile(table("Root", "a1", "{}"), table("Left", "b2", "\"a1\""), table("Right", "c3", "\"a1\""),
                merge),
                NO_ENTITY);
    }

    @Test
    void aMigrationThatForgotRevisesIsToldWhichHeadItFollows() {
        JavaFileObject late = table("Late", "c3", "{}");
        Compilation compilation = compile(table("First", "a1", "{}"), table("Second", "b2", "\"a1\""), late);
        assertReported(compilation,
                error(late, 8, 33, "[retort:graph] Late revises nothing, but the history already starts elsewhere and"
                        + " ends at Second: add revises = \"b2\" to its @Migration."));
    }

    @Test
    void followingTheAdviceForAForgottenRevisesCompiles() {
        assertReported(compile(table("First", "a1", "{}"), table("Second", "b2", "\"a1\""), table("Late", "c3", "\"b2\"")),
                NO_ENTITY);
    }
}
