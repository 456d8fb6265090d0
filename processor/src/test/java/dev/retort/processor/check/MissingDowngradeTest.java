package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.migration;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static dev.retort.processor.expect.Reported.warning;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class MissingDowngradeTest {

    private static final String HEADER = "@Migration(id = \"a1\", description = \"create shows\")";
    private static final String UPGRADE_1 = "    @Override public void upgrade(Ops op) {";
    private static final String UPGRADE_2 = "        op.createTable(\"shows\", column(\"id\", BIGINT).primaryKey(), column(\"title\", TEXT));";
    private static final String UPGRADE_3 = "    }";

    @Test
    void anAbsentDowngradeIsAnErrorOnTheMigration() {
        Compilation compilation = compile(migration("CreateShows", HEADER, UPGRADE_1, UPGRADE_2, UPGRADE_3));
        assertReported(compilation,
                error(source(compilation), 8, 1, "[retort:missing-downgrade] CreateShows has no downgrade: write the"
                        + " exact inverse of upgrade: op.dropTable(\"shows\");"),
                NO_ENTITY);
    }

    @Test
    void anEmptyDowngradeIsAnErrorOnTheMethod() {
        Compilation compilation = compile(migration("CreateShows", HEADER, UPGRADE_1, UPGRADE_2, UPGRADE_3,
                "    @Override public void downgrade(Ops op) {",
                "    }"));
        assertReported(compilation,
                error(source(compilation), 13, 27, "[retort:missing-downgrade] the downgrade of CreateShows is empty:"
                        + " write the exact inverse of upgrade: op.dropTable(\"shows\");"),
                NO_ENTITY);
    }

    @Test
    void aDowngradeThatOnlyThrowsIsAnErrorOnTheMethod() {
        Compilation compilation = compile(migration("CreateShows", HEADER, UPGRADE_1, UPGRADE_2, UPGRADE_3,
                "    @Override public void downgrade(Ops op) {",
                "        throw new UnsupportedOperationException(\"irreversible\");",
                "    }"));
        assertReported(compilation,
                error(source(compilation), 13, 27, "[retort:missing-downgrade] the downgrade of CreateShows only"
                        + " throws: write the exact inverse of upgrade: op.dropTable(\"shows\");"),
                NO_ENTITY);
    }

    @Test
    void aRealDowngradeCompiles() {
        Compilation compilation = compile(migration("CreateShows", HEADER, UPGRADE_1, UPGRADE_2, UPGRADE_3,
                "    @Override public void downgrade(Ops op) {",
                "        op.dropTable(\"shows\");",
                "    }"));
        assertReported(compilation, NO_ENTITY);
    }

    @Test
    void suppressWarningsOnTheClassSilencesIt() {
        Compilation compilation = compile(migration("CreateShows",
                "@SuppressWarnings(\"retort:missing-downgrade\") " + HEADER, UPGRADE_1, UPGRADE_2, UPGRADE_3));
        assertReported(compilation, NO_ENTITY);
    }

    @Test
    void theBuildOptionTurnsItIntoAWarning() {
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new dev.retort.processor.RetortProcessor())
                .withOptions("-Aretort.check.missing_downgrade=warning")
                .compile(migration("CreateShows", HEADER, UPGRADE_1, UPGRADE_2, UPGRADE_3));
        assertReported(compilation,
                warning(source(compilation), 8, 1, "[retort:missing-downgrade] CreateShows has no downgrade: write the"
                        + " exact inverse of upgrade: op.dropTable(\"shows\");"),
                NO_ENTITY);
    }

    @Test
    void aMigrationWithBothBodiesEmptyIsAnErrorOnTheAnnotation() {
        Compilation compilation = compile(migration("AddPhone", "@Migration(id = \"a1\", description = \"add phone\")",
                "    @Override public void upgrade(Ops op) {",
                "        // TODO: what this migration changes",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "    }"));
        assertReported(compilation,
                error(source(compilation), 8, 1, "[retort:missing-downgrade] AddPhone does nothing: write its upgrade,"
                        + " and a downgrade that undoes it (only a merge of several heads may stay empty)."),
                NO_ENTITY);
    }

    @Test
    void anEmptyMergeOfTwoHeadsCompiles() {
        Compilation compilation = compile(
                migration("CreateShows", HEADER, UPGRADE_1, UPGRADE_2, UPGRADE_3,
                        "    @Override public void downgrade(Ops op) {",
                        "        op.dropTable(\"shows\");",
                        "    }"),
                migration("CreateUsers", "@Migration(id = \"b1\", revises = \"a1\", description = \"create users\")",
                        "    @Override public void upgrade(Ops op) {",
                        "        op.createTable(\"users\", column(\"id\", BIGINT).primaryKey());",
                        "    }",
                        "    @Override public void downgrade(Ops op) {",
                        "        op.dropTable(\"users\");",
                        "    }"),
                migration("CreateTags", "@Migration(id = \"c1\", revises = \"a1\", description = \"create tags\")",
                        "    @Override public void upgrade(Ops op) {",
                        "        op.createTable(\"tags\", column(\"id\", BIGINT).primaryKey());",
                        "    }",
                        "    @Override public void downgrade(Ops op) {",
                        "        op.dropTable(\"tags\");",
                        "    }"),
                migration("MergeHeads", "@Migration(id = \"d1\", revises = {\"b1\", \"c1\"}, description = \"merge\")",
                        "    @Override public void upgrade(Ops op) {",
                        "    }",
                        "    @Override public void downgrade(Ops op) {",
                        "    }"));
        assertReported(compilation, NO_ENTITY);
    }

    static JavaFileObject source(Compilation compilation) {
        return compilation.sourceFiles().get(0);
    }
}
