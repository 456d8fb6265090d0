package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.addName;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.indexEmail;
import static dev.retort.processor.Fixtures.migration;
import static dev.retort.processor.Fixtures.userEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An IDE or an incremental build compiles only some sources; the other migrations are compiled
 * classes from an earlier build. Retort places them in the graph, checks what it can, and says once
 * what it could not.
 */
class PartialCompilationTest {

    @TempDir
    static Path earlierBuild;

    @BeforeAll
    static void buildEverythingOnce() throws IOException {
        Compilation full = Fixtures.compile(createUsers(), addName(), indexEmail());
        assertThat(full).succeededWithoutWarnings();
        for (JavaFileObject file : full.generatedFiles()) {
            String uri = file.toUri().getPath();
            int at = uri.indexOf("/CLASS_OUTPUT/");
            if (at < 0) {
                continue;
            }
            Path target = earlierBuild.resolve(uri.substring(at + "/CLASS_OUTPUT/".length()));
            Files.createDirectories(target.getParent());
            try (InputStream in = file.openInputStream()) {
                Files.copy(in, target);
            }
        }
    }

    private static Compilation compileWithEarlierBuild(List<String> options, JavaFileObject... sources) {
        List<File> classpath = new ArrayList<>();
        classpath.add(earlierBuild.toFile());
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(File::new)
                .forEach(classpath::add);
        return Compiler.javac().withProcessors(new RetortProcessor()).withClasspath(classpath).withOptions(options)
                .compile(sources);
    }

    private static JavaFileObject addPhone(String... downgrade) {
        List<String> body = new ArrayList<>(List.of(
                "    @Override public void upgrade(Ops op) {",
                "        op.addColumn(\"users\", column(\"phone\", varchar(20)));",
                "    }",
                "    @Override public void downgrade(Ops op) {"));
        body.addAll(List.of(downgrade));
        body.add("    }");
        return migration("AddPhone", "@Migration(id = \"d4\", revises = \"c3\", description = \"add phone\")",
                body.toArray(String[]::new));
    }

    private static long notes(Compilation compilation, String text) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.NOTE && d.getMessage(null).contains(text)).count();
    }

    @Test
    void aNewMigrationRevisingACompiledOneIsNoGraphErrorAndTheGapIsNotedOnce() {
        Compilation compilation = compileWithEarlierBuild(List.of(),
                addPhone("        op.dropColumn(\"users\", \"phone\");"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).hadNoteContaining("[retort] Retort sees AddName, CreateUsers, IndexEmail only as compiled"
                + " classes, not among the sources compiled now: their place in the graph is checked, but they cannot"
                + " be replayed, so the schema checks of AddPhone, drift and the migration index wait for a full build.");
        assertEquals(1, notes(compilation, "[retort] Retort sees"));
        assertEquals(List.of(), compilation.generatedSourceFiles());
    }

    @Test
    void checksThatNeedNoReplayStillRun() {
        JavaFileObject source = addPhone();
        Compilation compilation = compileWithEarlierBuild(List.of(), source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:missing-downgrade] the downgrade of AddPhone is empty:"
                + " write the exact inverse of upgrade.").inFile(source).onLine(13);
    }

    @Test
    void aGraphErrorAgainstTheCompiledMigrationsIsStillFound() {
        JavaFileObject source = migration("AddPhone", "@Migration(id = \"d4\", revises = \"b2\", description = \"x\")",
                "    @Override public void upgrade(Ops op) { op.addColumn(\"users\", column(\"phone\", TEXT)); }",
                "    @Override public void downgrade(Ops op) { op.dropColumn(\"users\", \"phone\"); }");
        Compilation compilation = compileWithEarlierBuild(List.of(), source);
        assertThat(compilation).hadErrorContaining("[retort:graph] the migrations have several heads (AddPhone,"
                + " IndexEmail): create a merge migration with revises = {\"d4\", \"c3\"}.").inFile(source).onLine(8);
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void theFirstMigrationAloneIsReplayedAndChecked() {
        Compilation compilation = compileWithEarlierBuild(List.of(), createUsers());
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).hadNoteContaining("[retort] Retort sees AddName, IndexEmail only as compiled classes,"
                + " not among the sources compiled now: their place in the graph is checked, but they cannot be"
                + " replayed, so drift and the migration index wait for a full build.");
    }

    @Test
    void anEntityAloneFindsTheMigrationsThroughTheRegisteredIndex() {
        Compilation compilation = compileWithEarlierBuild(List.of(), userEntity("    String phone;"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).hadNoteContaining("[retort] Retort sees AddName, CreateUsers, IndexEmail only as"
                + " compiled classes");
        assertEquals(1, notes(compilation, "[retort] Retort sees"));
    }

    @Test
    void withoutAnEarlierBuildAnEntityAloneIsCheckedForDrift() {
        Compilation compilation = Fixtures.compile(userEntity());
        assertThat(compilation).hadErrorContaining("[retort:drift] table users is in the model but no migration"
                + " creates it.");
    }
}
