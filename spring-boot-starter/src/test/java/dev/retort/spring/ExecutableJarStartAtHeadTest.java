package dev.retort.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.runner.Retort;
import dev.retort.spring.app.migrations.CreateCustomers;
import dev.retort.sql.Database;
import dev.retort.testing.HidingClassLoader;
import dev.retort.testing.Jars;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.loader.launch.LaunchedClassLoader;
import org.springframework.boot.loader.net.protocol.Handlers;
import org.springframework.boot.loader.net.protocol.jar.JarUrl;

/**
 * The application as Spring Boot deploys it: an executable jar whose classes are under
 * {@code BOOT-INF/classes/}, loaded by Boot's own class loader through {@code jar:nested:} URLs. A
 * start at head reads each migration's class files from that jar without loading a migration class;
 * a class file whose bytes changed is loaded and checked again.
 */
class ExecutableJarStartAtHeadTest {

    static final String PACKAGE = CreateCustomers.class.getPackageName();
    static final String DIRECTORY = PACKAGE.replace('.', '/') + "/";

    @TempDir
    Path folder;

    @BeforeAll
    static void registerBootsUrlHandlers() {
        // What Boot's launcher does first: jar: URLs, nested ones included, are Boot's from here on.
        Handlers.register();
    }

    /** Boot's class loader over the jar's {@code BOOT-INF/classes/}, counting the migration classes it defines. */
    static final class CountingBootLoader extends LaunchedClassLoader {
        final List<String> defined = new ArrayList<>();

        CountingBootLoader(Path jar) {
            super(false, new URL[] {JarUrl.create(jar.toFile(), "BOOT-INF/classes/")}, new ApplicationOutsideTheJar());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (name.startsWith(PACKAGE + ".")) {
                defined.add(name);
            }
            return super.findClass(name);
        }
    }

    /**
     * The launcher's own loader: Retort and the libraries, but not the application's classes and
     * index, which in an executable jar only Boot's loader sees (here they are also in this module's
     * test classes).
     */
    static final class ApplicationOutsideTheJar extends HidingClassLoader {
        ApplicationOutsideTheJar() {
            super(ExecutableJarStartAtHeadTest.class.getClassLoader(), PACKAGE + ".", List.of(DIRECTORY, "META-INF/retort/"));
        }
    }

    /** This module's compiled migrations and their index, under {@code BOOT-INF/classes/} of a jar. */
    private Path executableJar(Path jar) throws IOException {
        Path testClasses = Path.of(CreateCustomers.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path layout = folder.resolve("layout");
        Path bootClasses = layout.resolve("BOOT-INF/classes");
        for (String part : List.of(DIRECTORY, "META-INF/retort/")) {
            try (Stream<Path> files = Files.walk(testClasses.resolve(part))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path copy = bootClasses.resolve(testClasses.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return Jars.of(layout, jar);
    }

    private static List<String> startAtHead(TestDatabase db, Path jar) throws IOException {
        try (CountingBootLoader loader = new CountingBootLoader(jar)) {
            List<String> applied = Retort.configure().url(db.url()).migrationsPackage(PACKAGE).classLoader(loader).load()
                    .upgrade("head");
            assertEquals(List.of(), applied);
            return loader.defined;
        }
    }

    @Test
    void aStartAtHeadFromAnExecutableJarLoadsNoMigrationClassAndChangedBytesAreCheckedAgain() throws Exception {
        Path jar = executableJar(folder.resolve("shop.jar"));
        try (TestDatabase db = TestDatabase.create(Database.H2, "bootjar")) {
            try (CountingBootLoader first = new CountingBootLoader(jar)) {
                Retort retort = Retort.configure().url(db.url()).migrationsPackage(PACKAGE).classLoader(first).load();
                assertEquals(List.of(StartupMigrationTest.ID), retort.upgrade("head"));
                assertEquals(List.of(CreateCustomers.class.getName()), first.defined);
            }

            assertEquals(List.of(), startAtHead(db, jar));

            // The next release: the same class with other bytes (its SourceFile attribute renamed), in a
            // new jar. Loaded, recorded, found to have the applied checksum, and its new hash stored; the
            // start after it loads nothing again. (A new jar, as a redeployment brings: Boot's loader
            // keeps the jar it runs from open and reads it as it was, so Boot does not run from a jar
            // rewritten under it.)
            Path classFile = folder.resolve("layout/BOOT-INF/classes/" + DIRECTORY + "CreateCustomers.class");
            byte[] bytes = Files.readAllBytes(classFile);
            int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("CreateCustomers.java");
            assertTrue(at > 0, "the class file names its source");
            bytes[at] = 'c';
            Files.write(classFile, bytes);
            Path next = Jars.of(folder.resolve("layout"), folder.resolve("shop-next.jar"));
            assertEquals(List.of(CreateCustomers.class.getName()), startAtHead(db, next));
            assertEquals(List.of(), startAtHead(db, next));
        }
    }
}
