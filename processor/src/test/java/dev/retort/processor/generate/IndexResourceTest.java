package dev.retort.processor.generate;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.addName;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.indexEmail;
import static dev.retort.processor.Fixtures.userEntity;
import static dev.retort.processor.expect.ExactDiagnostics.assertClean;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.retort.migration.Checksums;
import dev.retort.migration.IndexFile;
import dev.retort.migration.MigrationIndex;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.RecordingOps;
import dev.retort.runner.Migrations;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The index javac writes is what the runtime loads: a resource, in graph order, with true checksums. */
class IndexResourceTest {

    /** Loads the classes and resources a compilation wrote, in memory. */
    /** The runtime's test fixtures, on this class path for {@code OperationCases}, register indexes of their own. */
    private static final Predicate<MigrationIndex> COMPILED_HERE = index -> !index.packageName()
            .startsWith("dev.retort.fixtures.");

    static final class CompiledClassLoader extends ClassLoader {
        private final Map<String, byte[]> files = new HashMap<>();

        CompiledClassLoader(Compilation compilation) {
            super(IndexResourceTest.class.getClassLoader());
            for (JavaFileObject file : compilation.generatedFiles()) {
                String path = file.toUri().getPath();
                String relative = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
                if (path.contains("/CLASS_OUTPUT/")) {
                    try (InputStream in = file.openInputStream()) {
                        files.put(relative, in.readAllBytes());
                    } catch (java.io.FileNotFoundException e) {
                        // Looked up by the processor (an earlier build's output) but never written.
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }

        /** The class if this loader has loaded it already, else null. */
        Class<?> loadedClass(String name) {
            return findLoadedClass(name);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = files.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        /** A hierarchical URL, so that a name relative to it (the schema beside the index) resolves. */
        @Override
        protected URL findResource(String name) {
            if (!files.containsKey(name)) {
                return null;
            }
            try {
                return new URL(null, "bytes:/" + name, new java.net.URLStreamHandler() {
                    @Override
                    protected java.net.URLConnection openConnection(URL url) {
                        return new java.net.URLConnection(url) {
                            @Override public void connect() {}
                            @Override public InputStream getInputStream() throws IOException {
                                byte[] bytes = files.get(url.getPath().substring(1));
                                if (bytes == null) {
                                    throw new java.io.FileNotFoundException(url.toString());
                                }
                                return new java.io.ByteArrayInputStream(bytes);
                            }
                        };
                    }
                });
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        protected java.util.Enumeration<URL> findResources(String name) {
            URL url = findResource(name);
            return java.util.Collections.enumeration(url == null ? List.of() : List.of(url));
        }
    }

    @Test
    void theIndexListsTheMigrationsInGraphOrderWithTheirChecksumsAndTheRuntimeLoadsIt() throws IOException {
        Compilation compilation = compile(indexEmail(), createUsers(), userEntity(), addName());
        assertClean(compilation);
        CompiledClassLoader loader = new CompiledClassLoader(compilation);

        IndexFile.Contents index;
        try (InputStream in = loader.getResourceAsStream(IndexFile.RESOURCE)) {
            index = IndexFile.read(new InputStreamReader(in, StandardCharsets.UTF_8), IndexFile.RESOURCE);
        }
        assertEquals("app.migrations", index.packageName());
        List<IndexFile.Entry> entries = index.entries();
        assertEquals(List.of("a1", "b2", "c3"), entries.stream().map(IndexFile.Entry::id).toList());
        assertEquals(List.of(List.of(), List.of("a1"), List.of("b2")),
                entries.stream().map(IndexFile.Entry::revises).toList());
        assertEquals("app.migrations.AddName", entries.get(1).className());
        for (IndexFile.Entry entry : entries) {
            MigrationScript script = (MigrationScript) instantiate(loader, entry.className());
            assertEquals(Checksums.of(RecordingOps.upgradeOf(script), RecordingOps.downgradeOf(script)),
                    entry.checksum(), entry.id());
        }

        Migrations loaded = Migrations.load(loader, COMPILED_HERE);
        assertEquals(List.of("a1", "b2", "c3"), loaded.order());
        assertEquals("[users]", loaded.modelSchema().orElseThrow().tables().keySet().toString());
    }

    @Test
    void aDescriptionWithTabsAndLineBreaksComesBackAsWritten() throws IOException {
        String inSource = "tabs\\tand\\nbreaks,\\r a backslash \\\\ and a line separator \u2028 too";
        Compilation compilation = compile(dev.retort.processor.Fixtures.migration("CreateT",
                "@Migration(id = \"m1\", description = \"" + inSource + "\")",
                "    @Override public void upgrade(Ops op) { op.createTable(\"t\", column(\"id\", BIGINT).primaryKey()); }",
                "    @Override public void downgrade(Ops op) { op.dropTable(\"t\"); }"));
        assertReported(compilation, NO_ENTITY);
        Migrations loaded = Migrations.load(new CompiledClassLoader(compilation), COMPILED_HERE);
        assertEquals("tabs\tand\nbreaks,\r a backslash \\ and a line separator \u2028 too",
                loaded.get("m1").orElseThrow().description());
    }

    @Test
    void thousandsOfMigrationsMakeOneIndexAndNoSourceToCompile() {
        int count = 1200;
        List<JavaFileObject> sources = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String revises = i == 0 ? "" : ", revises = \"m" + (i - 1) + "\"";
            sources.add(dev.retort.processor.Fixtures.migration("T" + i,
                    "@Migration(id = \"m" + i + "\"" + revises + ", description = \"table t" + i + "\")",
                    "    @Override public void upgrade(Ops op) { op.createTable(\"t" + i + "\","
                            + " column(\"id\", BIGINT).primaryKey()); }",
                    "    @Override public void downgrade(Ops op) { op.dropTable(\"t" + i + "\"); }"));
        }
        Compilation compilation = compile(sources.toArray(JavaFileObject[]::new));
        assertReported(compilation, NO_ENTITY);
        assertEquals(List.of(), compilation.generatedSourceFiles(), "the index is a resource, not a source");
        Migrations loaded = Migrations.load(new CompiledClassLoader(compilation), COMPILED_HERE);
        assertEquals(count, loaded.order().size());
        assertEquals("m" + (count - 1), loaded.heads().get(0));
    }

    private static Object instantiate(ClassLoader loader, String name) {
        try {
            return loader.loadClass(name).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
