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

class AnnotationCheckTest {

    private static final String[] BODY = {
        "    @Override public void upgrade(Ops op) { op.createTable(\"t\", column(\"id\", BIGINT).primaryKey()); }",
        "    @Override public void downgrade(Ops op) { op.dropTable(\"t\"); }"};

    @Test
    void aBlankDescriptionIsUndocumented() {
        JavaFileObject source = migration("CreateT", "@Migration(id = \"a1\", description = \"  \")", BODY);
        Compilation compilation = compile(source);
        assertReported(compilation,
                error(source, 8, 37, "[retort:undocumented] CreateT has a blank description: say in a sentence what"
                        + " the migration changes."),
                NO_ENTITY);
    }

    @Test
    void anUnreviewedSkeletonIsAnError() {
        JavaFileObject source = migration("CreateT",
                "@Unreviewed(\"generated\") @Migration(id = \"a1\", description = \"create t\")", BODY);
        Compilation compilation = compile(source);
        assertReported(compilation,
                error(source, 8, 1, "[retort:unreviewed] CreateT is a generated skeleton that has not been reviewed:"
                        + " check every operation, settle each TODO, then delete @Unreviewed."),
                NO_ENTITY);
    }

    @Test
    void aMigrationThatIsNotAScriptIsAnError() {
        JavaFileObject source = dev.retort.processor.Fixtures.source("app.migrations.NotAScript",
                "package app.migrations;",
                "import dev.retort.annotation.Migration;",
                "@Migration(id = \"a1\", description = \"nothing\")",
                "public class NotAScript {}");
        Compilation compilation = compile(source);
        assertReported(compilation,
                error(source, 3, 1, "[retort:invalid-annotation] NotAScript is annotated @Migration but does not"
                        + " implement dev.retort.migration.MigrationScript: implement it."));
    }

    @Test
    void anIdWithSpacesIsAnError() {
        JavaFileObject source = migration("CreateT", "@Migration(id = \"a 1\", description = \"create t\")", BODY);
        assertReported(compile(source),
                error(source, 8, 17, "[retort:invalid-annotation] migration id 'a 1' must be non-blank with no spaces:"
                        + " use a short unique id such as \"728d86904477\"."));
    }

    @Test
    void anIdOrADescriptionLongerThanTheHistoryHoldsIsAnError() {
        String id = "a".repeat(65);
        JavaFileObject longId = migration("CreateT", "@Migration(id = \"" + id + "\", description = \"create t\")", BODY);
        Compilation first = compile(longId);
        assertReported(first,
                error(longId, 8, 17, "[retort:invalid-annotation] migration id 'aaaaaaaaaaaaaaaa...' has 65"
                        + " characters, and the history table holds ids of up to 64: use a short unique id such as"
                        + " \"728d86904477\"."));
        assertReported(compile(migration("CreateT", "@Migration(id = \"" + "a".repeat(64) + "\", description = \"t\")",
                BODY)),
                NO_ENTITY);

        JavaFileObject longDescription = migration("CreateT", "@Migration(id = \"a1\", description = \""
                + "x".repeat(1001) + "\")", BODY);
        Compilation second = compile(longDescription);
        assertReported(second,
                error(longDescription, 8, 37, "[retort:invalid-annotation] the description of CreateT has 1001"
                        + " characters, and the history table holds up to 1000: say in a sentence what it changes, and"
                        + " the rest in its Javadoc."),
                NO_ENTITY);
        assertReported(compile(migration("CreateT", "@Migration(id = \"a1\", description = \"" + "x".repeat(1000)
                + "\")", BODY)), NO_ENTITY);
    }

    @Test
    void aMalformedOptionIsReportedAndTheChecksStillRun() {
        JavaFileObject source = migration("CreateT", "@Migration(id = \"a1\", description = \"\")", BODY);
        Compilation compilation = compile(java.util.List.of("-Aretort.check.drift=loud", "-Aretort.check.loudness=error",
                "-Aretort.naming=camel",
                "-Aretort.defaultSchema=my schema", "-Aretort.hibernate=5",
                "-Aretort.hibernate.validator.apply_to_ddl=maybe",
                "-Aretort.hibernate.type.preferred_uuid_jdbc_type=BINARY",
                "-Aretort.hibernate.id.db_structure_naming_strategy=mine", "-Aretort.dialects=postgresql,oracle"), source);
        assertReported(compilation,
                error("[retort] -Aretort.hibernate.type.preferred_uuid_jdbc_type=BINARY is not a value of Hibernate's"
                        + " hibernate.type.preferred_uuid_jdbc_type that Retort reads: use UUID, CHAR or VARCHAR"),
                error("[retort] -Aretort.hibernate.id.db_structure_naming_strategy=mine is not a value of Hibernate's"
                        + " hibernate.id.db_structure_naming_strategy that Retort reads: use STANDARD, LEGACY or SINGLE"),
                error("[retort] -Aretort.dialects=postgresql,oracle names oracle, not a database Retort runs on: list"
                        + " some of h2, postgresql, mariadb"),
                error("[retort] -Aretort.hibernate=5 is not a Hibernate generation Retort knows: use 6 or 7"),
                error("[retort] -Aretort.hibernate.validator.apply_to_ddl=maybe is not a boolean: use true or false"),
                error("[retort] -Aretort.check.drift=loud is not a severity: use error, warning or off"),
                error("[retort] -Aretort.naming=camel is not a naming strategy: use jpa or snake"),
                error("[retort] -Aretort.check.loudness names no Retort check: see the README for the list"),
                warning("The following options were not recognized by any processor: '[retort.check.loudness]'"),
                error("[retort] -Aretort.defaultSchema=my schema is not a plain SQL identifier: name the schema with"
                        + " letters, digits, _ and $, not starting with a digit"),
                error(source, 8, 37, "[retort:undocumented] CreateT has a blank description: say in a sentence what"
                        + " the migration changes."),
                NO_ENTITY);
    }
}
