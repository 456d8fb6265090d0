package dev.retort.processor;

import static dev.retort.processor.Fixtures.addName;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.indexEmail;
import static dev.retort.processor.Fixtures.migration;
import static dev.retort.processor.Fixtures.userEntity;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static dev.retort.processor.expect.Reported.warning;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.processor.expect.Reported;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warning reaches the user exactly once, whatever the build: full, or partial with the migration that
 * draws it compiled or read from its class file; and javac's own options decide whether it shows.
 * (The assertions count: a warning printed twice fails them.)
 */
class WarningOnceTest {

    /** Drift is off: the model does not declare the migration's extra index, and drift is not the subject here. */
    private static final String NO_DRIFT = "-Aretort.check.drift=off";

    private static final String BLOCKING = "[retort:blocking-index] createIndex idx_users_name on users blocks writes"
            + " to users while the index builds: build it with op.createIndexOnline (CONCURRENTLY on PostgreSQL,"
            + " LOCK=NONE on MariaDB and MySQL).";

    private static final Reported IN_ITS_SOURCE = warning("app/migrations/IndexName.java", 11, 23, BLOCKING);

    @TempDir
    Path root;

    private DirectoryBuild module;

    @BeforeEach
    void writeTheModule() {
        module = new DirectoryBuild(root);
        module.write(createUsers()).write(addName()).write(indexEmail()).write(userEntity())
                .write(migration("IndexName", "@Migration(id = \"d4\", revises = \"c3\", description = \"index name\")",
                        "    @Override public void upgrade(Ops op) {",
                        "        op.createIndex(\"idx_users_name\", \"users\", \"name\");",
                        "    }",
                        "    @Override public void downgrade(Ops op) {",
                        "        op.dropIndex(\"idx_users_name\", \"users\");",
                        "    }"));
    }

    @Test
    void aFullBuildShowsTheWarningOnce() {
        DirectoryBuild.Result full = module.compileAll(NO_DRIFT);
        assertReported(full.diagnostics(), IN_ITS_SOURCE);
        assertTrue(full.success());
    }

    @Test
    void aPartialBuildOfTheMigrationShowsItOnceAtItsSource() {
        module.compileAll(NO_DRIFT);
        DirectoryBuild.Result partial = module.compileOnly(root.resolve("classes"), List.of(NO_DRIFT),
                "app/migrations/IndexName.java");
        assertReported(partial.diagnostics(), IN_ITS_SOURCE);
    }

    @Test
    void aPartialBuildOfAnotherFileShowsItOnceAtTheLineOfTheClassFile() {
        module.compileAll(NO_DRIFT);
        DirectoryBuild.Result partial = module.compileOnly(root.resolve("classes"), List.of(NO_DRIFT),
                "app/migrations/AddName.java");
        assertReported(partial.diagnostics(), warning(BLOCKING + " (at app/migrations/IndexName.java:11)"));
    }

    @Test
    void lintCategoriesOfJavacsOwnDoNotHideIt() {
        // -processing: javac's own lint would add that no processor claims the JPA annotations (Retort claims none).
        assertReported(module.compileAll(NO_DRIFT, "-Xlint:all,-processing").diagnostics(), IN_ITS_SOURCE);
        assertReported(module.compileAll(NO_DRIFT, "-Xlint:-deprecation").diagnostics(), IN_ITS_SOURCE);
    }

    /** Before JDK 25, -Xlint:none also meant -nowarn (JDK-8352612), which hides every warning a processor reports. */
    @Test
    void xlintNoneHidesItBeforeJdk25AndNowarnAlways() {
        DirectoryBuild.Result none = module.compileAll(NO_DRIFT, "-Xlint:none");
        if (Runtime.version().feature() >= 25) {
            assertReported(none.diagnostics(), IN_ITS_SOURCE);
        } else {
            assertReported(none.diagnostics());
        }
        assertReported(module.compileAll(NO_DRIFT, "-nowarn").diagnostics());
    }

    @Test
    void werrorFailsTheBuildOnIt() {
        DirectoryBuild.Result strict = module.compileAll(NO_DRIFT, "-Werror");
        assertReported(strict.diagnostics(), IN_ITS_SOURCE, error("warnings found and -Werror specified"));
        assertFalse(strict.success());
    }
}
