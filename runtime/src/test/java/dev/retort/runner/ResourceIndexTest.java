package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.fixtures.resource.CreateNotes;
import dev.retort.migration.Checksums;
import dev.retort.migration.IndexFile;
import dev.retort.migration.MigrationIndex;
import dev.retort.migration.RecordingOps;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index the processor writes as a resource, read by the runtime from a module on the class path. */
class ResourceIndexTest {

    @TempDir
    Path module;

    private ClassLoader moduleWith(String index, String schema) throws IOException {
        Path dir = Files.createDirectories(module.resolve("META-INF/retort"));
        Files.writeString(dir.resolve("index"), index, StandardCharsets.UTF_8);
        if (schema != null) {
            Files.writeString(dir.resolve("schema.json"), schema, StandardCharsets.UTF_8);
        }
        return new URLClassLoader(new URL[] {module.toUri().toURL()}, getClass().getClassLoader());
    }

    private URL indexUrl() throws IOException {
        return module.resolve("META-INF/retort/index").toUri().toURL();
    }

    private static String checksumOfCreateNotes() {
        CreateNotes script = new CreateNotes();
        return Checksums.of(RecordingOps.upgradeOf(script), RecordingOps.downgradeOf(script));
    }

    @Test
    void listingTheMigrationsLoadsNoClassAndTheSchemaIsTheOneBesideTheIndex() throws IOException {
        int before = CreateNotes.initialized;
        ClassLoader loader = moduleWith("retort-index 1\npackage dev.retort.fixtures.resource\n"
                + "n1\t\tdev.retort.fixtures.resource.CreateNotes\t" + checksumOfCreateNotes() + "\tcreate notes\n"
                + "n2\tn1\tdev.retort.fixtures.resource.Missing\tabc\tnot there\n",
                "{\"tables\": []}");
        List<MigrationIndex> indexes = ResourceIndex.findAll(loader);
        assertEquals(1, indexes.size());
        MigrationIndex index = indexes.get(0);
        assertEquals("dev.retort.fixtures.resource", index.packageName());
        assertEquals(List.of("n1", "n2"), index.migrations().stream().map(m -> m.id()).toList());
        assertEquals(List.of("n1"), index.migrations().get(1).revises());
        assertEquals(before, CreateNotes.initialized, "no class is loaded to list the migrations");
        try (var schema = index.openExpectedSchema()) {
            assertEquals("{\"tables\": []}", new String(schema.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals("notes", ((dev.retort.operation.CreateTable) RecordingOps.upgradeOf(
                index.migrations().get(0).factory().get()).get(0)).table().name());

        RetortException missing = assertThrows(RetortException.class, () -> index.migrations().get(1).factory().get());
        assertEquals("migration n2 (dev.retort.fixtures.resource.Missing) is in the index "
                + indexUrl() + " but its class is not on the class path: rebuild the module",
                missing.getMessage());
    }

    @Test
    void aMigrationWhoseStaticInitializerThrowsIsNamedWithItsCause() throws IOException {
        ClassLoader loader = moduleWith("retort-index 1\npackage dev.retort.fixtures.resource\n"
                + "x1\t\tdev.retort.fixtures.resource.Exploding\tabc\texplodes\n", null);
        MigrationIndex index = ResourceIndex.findAll(loader).get(0);
        RetortException thrown = assertThrows(RetortException.class, () -> index.migrations().get(0).factory().get());
        String cause = "Cannot invoke \"String.trim()\" because the return value of"
                + " \"java.lang.System.getProperty(String)\" is null";
        assertEquals("migration x1 (dev.retort.fixtures.resource.Exploding) cannot be created: its static initializer"
                + " threw java.lang.NullPointerException: " + cause + ". Fix what it reads (a setting, a file, a class)"
                + " or the class itself, then rebuild", thrown.getMessage());
        RetortException again = assertThrows(RetortException.class, () -> index.migrations().get(0).factory().get());
        assertEquals("migration x1 (dev.retort.fixtures.resource.Exploding) cannot be created: its static initializer"
                + " threw when the class was first loaded (java.lang.NullPointerException)."
                + " Fix what it reads (a setting, a file, a class) or the class itself, then rebuild", again.getMessage());
    }

    @Test
    void anIndexOfAnotherFormatIsRefusedWithWhatToDo() throws IOException {
        ClassLoader loader = moduleWith("retort-index 7\npackage p\n", null);
        RetortException thrown = assertThrows(RetortException.class, () -> ResourceIndex.findAll(loader));
        assertEquals("the migration index " + indexUrl() + " is of format 7, which this Retort does not read:"
                + " build the module with the Retort that runs it", thrown.getMessage());
    }

    @Test
    void withoutAnyIndexTheMessageSaysTheProcessorDidNotRun() {
        ClassLoader empty = new URLClassLoader(new URL[0], null);
        Migrations migrations = Migrations.load(empty, i -> true);
        RetortException thrown = assertThrows(RetortException.class, () -> migrations.resolve("head"));
        assertEquals(Migrations.NO_INDEX, thrown.getMessage());
        assertEquals(true, thrown.getMessage().startsWith("no migration index (META-INF/retort/index) is on the"
                + " class path: Retort's processor did not run"), thrown.getMessage());
    }
}
