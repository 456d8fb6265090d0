package dev.retort.processor;

import static dev.retort.processor.Fixtures.addName;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.migration;
import static dev.retort.processor.Fixtures.userEntity;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static dev.retort.processor.expect.Reported.warning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.IndexFile;
import dev.retort.processor.build.ModuleRecord;
import dev.retort.processor.cache.ReplayCache;
import dev.retort.processor.cache.ReplayResults;
import dev.retort.processor.cache.ReplayResultsFile;
import dev.retort.processor.diagnostic.Reporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that compiles none of the migrations (an IDE saving an entity) uses what the last such
 * build found of them, kept in the generated-sources folder, instead of reading and replaying every
 * migration again; only while nothing they depend on changed, and with the diagnostics a full build
 * prints.
 */
class ReplayCacheTest {

    private static final String BLOCKING = "[retort:blocking-index] createIndex idx_users_email on users blocks writes"
            + " to users while the index builds: build it with op.createIndexOnline (CONCURRENTLY on PostgreSQL,"
            + " LOCK=NONE on MariaDB and MySQL). (at app/migrations/IndexEmail.java:11)";

    @TempDir
    Path root;

    private DirectoryBuild module;

    @BeforeEach
    void buildEverythingOnceThenOneEntityAlone() {
        module = new DirectoryBuild(root);
        module.write(createUsers()).write(addName()).write(blockingIndexEmail()).write(userEntity());
        assertReported(module.compileAll().diagnostics(), warning("app/migrations/IndexEmail.java", 11, 23,
                BLOCKING.replace(" (at app/migrations/IndexEmail.java:11)", "")));
        assertFalse(Files.exists(kept()), "a full build compiles the migrations and keeps nothing");
        assertReported(module.compileOnly("app/model/User.java").diagnostics(), warning(BLOCKING));
        assertTrue(Files.exists(kept()), "the first build of only some files keeps what it found");
    }

    private static JavaFileObject blockingIndexEmail() {
        return migration("IndexEmail", "@Migration(id = \"c3\", revises = \"b2\", description = \"index email\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.createIndex(\"idx_users_email\", \"users\", \"email\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.dropIndex(\"idx_users_email\", \"users\");",
                "    }");
    }

    private Path kept() {
        return module.generated.resolve(ReplayCache.RESOURCE);
    }

    /** Marks the kept diagnostic, so that a build that prints the mark is known to have used what was kept. */
    private void markKeptDiagnostic() throws IOException {
        String text = Files.readString(kept(), StandardCharsets.UTF_8);
        assertTrue(text.contains("[retort:blocking-index] createIndex"), text);
        ReplayResults read = ReplayResultsFile.read(text).orElseThrow();
        rewriteKept(read.printed().stream().map(p -> new Reporter.Printed(p.kind(), marked(p.text()))).toList(),
                read.stamp());
    }

    /** Writes the kept results again, as Retort writes them, with these diagnostics and this stamp. */
    private void rewriteKept(List<Reporter.Printed> printed, String stamp) throws IOException {
        ReplayResults r = ReplayResultsFile.read(Files.readString(kept(), StandardCharsets.UTF_8)).orElseThrow();
        Files.writeString(kept(), ReplayResultsFile.write(new ReplayResults(stamp, r.positions(), r.migrations(),
                r.classes(), printed, r.index(), r.headSchema(), r.lastMigration(), r.lastId(), r.typed(),
                r.quietModel())),
                StandardCharsets.UTF_8);
    }

    private static String marked(String message) {
        return message.replace("[retort:blocking-index] createIndex", "[retort:blocking-index] KEPT createIndex");
    }

    private void assertSameAsFullBuild(DirectoryBuild.Result partial, String... outputs) {
        module.assertSameAsFullBuildIn(root.resolve("full"), partial, outputs);
    }

    @Test
    void theNextBuildOfTheEntityPrintsWhatWasKeptAndWritesTheFullBuildsOutputs() throws IOException {
        markKeptDiagnostic();
        module.write(userEntity("    String phone;"));
        DirectoryBuild.Result partial = module.compileOnly("app/model/User.java");
        assertReported(partial.diagnostics(), warning(marked(BLOCKING)),
                error("app/model/User.java", 12, 12, "[retort:drift] column users.phone (varchar(255)) is in the model"
                        + " but no migration creates it.\n  A migration that closes the drift was written to "
                        + module.skeletons.resolve("app/migrations/AddPhoneToUsers.java")
                        + ": review it and move it into your sources."));
    }

    @Test
    void whatWasKeptIsUsedAsItWasWrittenAndNotWrittenAgain() throws IOException {
        Files.setLastModifiedTime(kept(), FileTime.fromMillis(0));
        assertReported(module.compileOnly("app/model/User.java").diagnostics(), warning(BLOCKING));
        assertEquals(0, Files.getLastModifiedTime(kept()).toMillis(), "a build that found the results up to date"
                + " used them and wrote nothing");
    }

    @Test
    void withWhatWasKeptTheDiagnosticsAndOutputsAreTheFullBuilds() throws IOException {
        module.write(userEntity("    String phone;"));
        module.compileOnly("app/model/User.java");
        Files.delete(module.classes.resolve(IndexFile.RESOURCE));
        String keptBefore = Files.readString(kept());
        DirectoryBuild.Result partial = module.compileOnly("app/model/User.java");
        assertEquals(keptBefore, Files.readString(kept()), "a build that uses what was kept keeps it as it is");
        assertSameAsFullBuild(partial, IndexFile.RESOURCE, ModuleRecord.RESOURCE);
    }

    @Test
    void aColumnWhoseTypeDriftedIsReportedAtTheMigrationLineThatTypedItAsAFullBuildDoes() throws IOException {
        markKeptDiagnostic();
        Path user = module.sources.resolve("app/model/User.java");
        Files.writeString(user, Files.readString(user).replace("    String name;",
                "    @Column(length = 100) String name;"));
        DirectoryBuild.Result partial = module.compileOnly("app/model/User.java");
        String skeleton = "\n  A migration that closes the drift was written to "
                + module.skeletons.resolve("app/migrations/UpdateUsers.java")
                + ": review it and move it into your sources.";
        assertReported(partial.diagnostics(), warning(marked(BLOCKING)),
                error("app/model/User.java", 10, 34, "[retort:drift] column users.name is varchar(255) after the"
                        + " migrations but varchar(100) in the model." + skeleton),
                error("[retort:drift] this gives users.name the type varchar(255), but the model maps it as"
                        + " varchar(100): if this migration has run on no database yet, change the type here; otherwise"
                        + " the skeleton's alterColumnType, in a new migration, closes the drift."
                        + " (at app/migrations/AddName.java:11)"));
        ReplayResults kept = ReplayResultsFile.read(Files.readString(kept())).orElseThrow();
        rewriteKept(kept.printed().stream().map(p -> new Reporter.Printed(p.kind(),
                p.text().replace("KEPT createIndex", "createIndex"))).toList(), kept.stamp());
        assertSameAsFullBuild(module.compileOnly("app/model/User.java"));
    }

    @Test
    void aMigrationRecompiledWithoutTheProcessorIsReadAgain() throws IOException {
        markKeptDiagnostic();
        module.write(Fixtures.indexEmail());
        DirectoryBuild.Result unchecked = module.compileOnly(module.classes, List.of("-proc:none"),
                "app/migrations/IndexEmail.java");
        assertTrue(unchecked.success(), unchecked.diagnostics().toString());
        DirectoryBuild.Result partial = module.compileOnly("app/model/User.java");
        assertReported(partial.diagnostics());
    }

    @Test
    void anotherOptionOrAnotherRetortDoesNotUseWhatWasKept() throws IOException {
        markKeptDiagnostic();
        DirectoryBuild.Result asError = module.compileOnly(module.classes,
                List.of("-Aretort.check.blocking_index=error"), "app/model/User.java");
        assertReported(asError.diagnostics(), error(BLOCKING));
        ReplayResults kept = ReplayResultsFile.read(Files.readString(kept())).orElseThrow();
        rewriteKept(kept.printed(), "00" + kept.stamp().substring(2));
        assertReported(module.compileOnly("app/model/User.java").diagnostics(), warning(BLOCKING));
    }

    @Test
    void aDamagedFileIsIgnoredAndWrittenAgain() throws IOException {
        for (String damaged : List.of("", "retort-replay-results 1\nstamp\tab\n", "not a cache\n",
                Files.readString(kept()).replace("printed\tWARNING", "printed\tSHOUT"),
                Files.readString(kept()).replace("\\n", "\\q"),
                Files.readString(kept()).substring(0, Files.readString(kept()).length() / 2))) {
            Files.writeString(kept(), damaged);
            assertReported(module.compileOnly("app/model/User.java").diagnostics(), warning(BLOCKING));
            assertTrue(Files.readString(kept()).startsWith("retort-replay-results 2\nstamp\t"), damaged);
        }
    }

    @Test
    void aBuildThatCompilesAMigrationDoesNotUseWhatWasKept() throws IOException {
        markKeptDiagnostic();
        module.write(blockingIndexEmail());
        DirectoryBuild.Result partial = module.compileOnly("app/migrations/IndexEmail.java", "app/model/User.java");
        assertReported(partial.diagnostics(), warning("app/migrations/IndexEmail.java", 11, 23,
                BLOCKING.replace(" (at app/migrations/IndexEmail.java:11)", "")));
    }
}
