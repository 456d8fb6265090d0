package dev.retort.startathead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.runner.Retort;
import dev.retort.runner.RetortException;
import dev.retort.showplanner.demo.ClassPaths;
import dev.retort.showplanner.demo.Javac;
import dev.retort.sql.Database;
import dev.retort.testing.FaultyConnections;
import dev.retort.testing.Jars;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The start of an application whose database is at head loads no migration class when the classes'
 * bytes are those last verified, and still refuses a migration edited and compiled without the
 * processor.
 */
class StartAtHeadTest {

    private static final String PACKAGE = "startathead.migrations";

    @TempDir
    Path folder;

    /** A class loader over the compiled migrations that counts the migration classes it defines. */
    static final class CountingLoader extends URLClassLoader {
        final List<String> defined = new ArrayList<>();

        CountingLoader(Path classes) throws IOException {
            super(new URL[] {classes.toUri().toURL()}, StartAtHeadTest.class.getClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (name.startsWith(PACKAGE)) {
                defined.add(name);
            }
            return super.findClass(name);
        }
    }

    private static Retort retort(TestDatabase db, ClassLoader loader) {
        return Retort.configure().url(db.url()).migrationsPackage(PACKAGE).classLoader(loader).load();
    }

    private Path sources() {
        return folder.resolve("sources");
    }

    private Path classes() {
        return folder.resolve("classes");
    }

    private void write(String name, String revises, String upgrade) throws IOException {
        Path file = sources().resolve(PACKAGE.replace('.', '/')).resolve(name + ".java");
        Files.createDirectories(file.getParent());
        int number = Integer.parseInt(name.substring(1));
        Files.writeString(file, "package " + PACKAGE + ";\n\n"
                + "import static dev.retort.migration.Dsl.*;\n\n"
                + "import dev.retort.annotation.Migration;\nimport dev.retort.migration.*;\n\n"
                + "@Migration(id = \"" + id(number) + "\"" + (revises == null ? "" : ", revises = \"" + revises + "\"")
                + ", description = \"table t" + number + "\")\n"
                + "public class " + name + " implements MigrationScript {\n"
                + "    @Override public void upgrade(Ops op) {\n"
                + "        " + upgrade + "\n"
                + "    }\n"
                + "    @Override public void downgrade(Ops op) {\n"
                + "        op.dropTable(\"t" + number + "\");\n"
                + "    }\n}\n");
    }

    private static String id(int number) {
        return "a0000000000" + number;
    }

    private static String table(int number, String column) {
        return "op.createTable(\"t" + number + "\", column(\"id\", BIGINT).primaryKey(), column(\"" + column
                + "\", varchar(50)));";
    }

    /** Three migrations compiled with the processor. */
    private void compileWithProcessor() throws IOException {
        write("M1", null, table(1, "a"));
        write("M2", id(1), table(2, "b"));
        write("M3", id(2), table(3, "c"));
        Javac.Result result = new Javac(ClassPaths.withoutShowPlanner(), List.of()).compile(sources(), classes());
        assertEquals(List.of(), result.errors());
    }

    /** Rewrites one migration and compiles it alone without the processor: the index keeps the old checksum. */
    private void recompileWithoutProcessor(String name, String revises, String upgrade) throws IOException {
        write(name, revises, upgrade);
        Path file = sources().resolve(PACKAGE.replace('.', '/')).resolve(name + ".java");
        Javac.Result result = new Javac(ClassPaths.withoutShowPlanner(), List.of("-proc:none"))
                .compileOnly(List.of(file), classes());
        assertEquals(List.of(), result.errors());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aStartAtHeadLoadsNoMigrationClassAndAnEditCompiledWithoutTheProcessorIsStillRefused(Database database)
            throws Exception {
        compileWithProcessor();
        try (TestDatabase db = TestDatabase.create(database, "startathead")) {
            CountingLoader first = new CountingLoader(classes());
            assertEquals(List.of(id(1), id(2), id(3)), retort(db, first).upgrade("head"));
            assertEquals(3, first.defined.size());
            assertEquals(3, hashes(db));

            assertEquals(List.of(), loadedByAStartAtHead(db));

            recompileWithoutProcessor("M2", id(1), table(2, "renamed"));
            CountingLoader edited = new CountingLoader(classes());
            RetortException refused = assertThrows(RetortException.class, () -> retort(db, edited).upgrade("head"));
            assertTrue(refused.getMessage().startsWith("migration " + id(2) + " (" + PACKAGE + ".M2) records"
                    + " operations whose checksum "), refused.getMessage());
            assertTrue(refused.getMessage().endsWith(": the index is out of date, rebuild the project"),
                    refused.getMessage());
            assertEquals(List.of(PACKAGE + ".M2"), edited.defined);
        }
    }

    /**
     * The application as it is deployed: the migrations and the index in a jar, whose central
     * directory witnesses each class file. A start at head loads none; an edit compiled without the
     * processor and the jar rewritten in place, as a redeployment does, is refused.
     */
    @org.junit.jupiter.api.Test
    void fromAJarAStartAtHeadLoadsNoMigrationClassAndAnEditInTheRewrittenJarIsRefused() throws Exception {
        compileWithProcessor();
        Path jar = folder.resolve("application.jar");
        try (TestDatabase db = TestDatabase.create(Database.H2, "startathead")) {
            CountingLoader first = new CountingLoader(Jars.of(classes(), jar));
            assertEquals(List.of(id(1), id(2), id(3)), retort(db, first).upgrade("head"));
            assertEquals(3, hashes(db));

            CountingLoader atHead = new CountingLoader(jar);
            assertEquals(List.of(), retort(db, atHead).upgrade("head"));
            assertEquals(List.of(), atHead.defined);

            recompileWithoutProcessor("M2", id(1), table(2, "renamed"));
            CountingLoader edited = new CountingLoader(Jars.of(classes(), jar));
            RetortException refused = assertThrows(RetortException.class, () -> retort(db, edited).upgrade("head"));
            assertTrue(refused.getMessage().startsWith("migration " + id(2) + " (" + PACKAGE + ".M2) records"
                    + " operations whose checksum "), refused.getMessage());
            assertEquals(List.of(PACKAGE + ".M2"), edited.defined);
        }
    }

    /**
     * Enough migrations that their class files are hashed on several threads: the start at head
     * still loads none, and an edit of one among them compiled without the processor is refused.
     */
    @org.junit.jupiter.api.Test
    void amongManyMigrationsHashedTogetherAnEditedOneIsStillRefused() throws Exception {
        int count = 80;
        write("M1", null, table(1, "a"));
        for (int i = 2; i <= count; i++) {
            write("M" + i, id(i - 1), table(i, "c"));
        }
        Javac.Result compiled = new Javac(ClassPaths.withoutShowPlanner(), List.of()).compile(sources(), classes());
        assertEquals(List.of(), compiled.errors());
        try (TestDatabase db = TestDatabase.create(Database.H2, "startathead")) {
            assertEquals(count, retort(db, new CountingLoader(classes())).upgrade("head").size());
            assertEquals(count, hashes(db));
            assertEquals(List.of(), loadedByAStartAtHead(db));

            recompileWithoutProcessor("M41", id(40), table(41, "edited"));
            CountingLoader edited = new CountingLoader(classes());
            RetortException refused = assertThrows(RetortException.class, () -> retort(db, edited).upgrade("head"));
            assertTrue(refused.getMessage().startsWith("migration " + id(41) + " (" + PACKAGE + ".M41) records"
                    + " operations whose checksum "), refused.getMessage());
            assertEquals(List.of(PACKAGE + ".M41"), edited.defined);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aClassRecompiledWithTheSameOperationsIsVerifiedOnceAndItsNewHashStored(Database database) throws Exception {
        compileWithProcessor();
        try (TestDatabase db = TestDatabase.create(database, "startathead")) {
            retort(db, new CountingLoader(classes())).upgrade("head");
            // The same operations from other bytes: a local variable javac keeps in the class file.
            recompileWithoutProcessor("M3", id(2), "int unused = 3; " + table(3, "c"));

            assertEquals(List.of(PACKAGE + ".M3"), loadedByAStartAtHead(db));

            assertEquals(List.of(), loadedByAStartAtHead(db));
        }
    }

    /**
     * Each migration's end stores its class hash with its row, in the statement that marks it applied,
     * and no batch of hashes follows the run (on MariaDB each statement of such a batch was a commit of
     * its own): an upgrade that stops part way has stored the hashes of what it applied.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void eachMigrationStoresItsHashWithItsRowEvenWhenALaterOneFails(Database database) throws Exception {
        compileWithProcessor();
        try (TestDatabase db = TestDatabase.create(database, "startathead")) {
            db.execute("CREATE TABLE t3 (id BIGINT)");
            FaultyConnections counting = FaultyConnections.counting(db.url());
            Retort retort = Retort.configure().dataSource(counting.dataSource()).migrationsPackage(PACKAGE)
                    .classLoader(new CountingLoader(classes())).load();
            assertThrows(RetortException.class, () -> retort.upgrade("head"));
            assertEquals(2, hashes(db));
            String markApplied = "UPDATE retort_history SET state = NULL, applied_at = ?, duration_ms = ?, class_hash = ?"
                    + " WHERE id = ?";
            assertEquals(List.of(markApplied, markApplied), counting.counted().stream()
                    .filter(sql -> sql.startsWith("UPDATE") && sql.contains("class_hash")).toList());

            db.execute("DROP TABLE t3");
            assertEquals(List.of(id(3)), retort(db, new CountingLoader(classes())).upgrade("head"));
            assertEquals(3, hashes(db));
            assertEquals(List.of(), loadedByAStartAtHead(db));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aStampWritesTheHashesAndAnOlderTableGainsTheColumn(Database database) throws Exception {
        compileWithProcessor();
        try (TestDatabase db = TestDatabase.create(database, "startathead")) {
            retort(db, new CountingLoader(classes())).upgrade("head");
            db.execute("ALTER TABLE retort_history DROP COLUMN class_hash");

            assertEquals(3, loadedByAStartAtHead(db).size());
            assertEquals(3, hashes(db));

            db.execute("UPDATE retort_history SET class_hash = NULL");
            retort(db, new CountingLoader(classes())).stamp("head");
            assertEquals(3, hashes(db));
            assertEquals(List.of(), loadedByAStartAtHead(db));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aChecksumChangedBehindTheHashLoadsTheClassAgain(Database database) throws Exception {
        compileWithProcessor();
        try (TestDatabase db = TestDatabase.create(database, "startathead")) {
            retort(db, new CountingLoader(classes())).upgrade("head");
            // What an older Retort's stamp does: a new checksum, the hash left as it was.
            db.execute("UPDATE retort_history SET checksum = 'edited' WHERE id = '" + id(1) + "'");

            CountingLoader loader = new CountingLoader(classes());
            RetortException refused = assertThrows(RetortException.class, () -> retort(db, loader).upgrade("head"));
            assertTrue(refused.getMessage().startsWith("refused: migration " + id(1) + " (table t1, " + PACKAGE
                    + ".M1) was applied with checksum edited but its operations now have checksum "),
                    refused.getMessage());
            assertEquals(List.of(PACKAGE + ".M1"), loader.defined);
        }
    }

    @org.junit.jupiter.api.Test
    void aStartWithoutWriteRightsVerifiesByLoadingAndGoesOnWithoutStoringTheHashes() throws Exception {
        compileWithProcessor();
        try (TestDatabase db = TestDatabase.create(Database.POSTGRESQL, "startathead")) {
            retort(db, new CountingLoader(classes())).upgrade("head");
            db.execute("UPDATE retort_history SET class_hash = NULL");
            String schema = db.url().substring(db.url().indexOf("currentSchema=") + "currentSchema=".length());
            String role = schema + "_reader";
            db.execute("CREATE ROLE " + role + " LOGIN", "GRANT USAGE ON SCHEMA " + schema + " TO " + role,
                    "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
            try {
                String readOnly = db.url().replace("user=postgres", "user=" + role);
                CountingLoader loader = new CountingLoader(classes());
                Retort reader = Retort.configure().url(readOnly).migrationsPackage(PACKAGE).classLoader(loader).load();
                assertEquals(List.of(), reader.upgrade("head"));
                assertEquals(3, loader.defined.size());
                assertEquals(0, hashes(db));
            } finally {
                db.execute("DROP OWNED BY " + role, "DROP ROLE " + role);
            }
        }
    }

    /** The migration classes a start of the application at head defines; it must apply nothing. */
    private List<String> loadedByAStartAtHead(TestDatabase db) throws IOException {
        CountingLoader loader = new CountingLoader(classes());
        assertEquals(List.of(), retort(db, loader).upgrade("head"));
        return loader.defined;
    }

    private static int hashes(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM retort_history WHERE class_hash IS NOT NULL")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
