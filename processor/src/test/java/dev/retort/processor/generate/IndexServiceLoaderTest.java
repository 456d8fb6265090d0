package dev.retort.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.addName;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.indexEmail;
import static dev.retort.processor.Fixtures.userEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.retort.migration.Checksums;
import dev.retort.migration.IndexedMigration;
import dev.retort.migration.MigrationIndex;
import dev.retort.migration.RecordingOps;
import dev.retort.schema.json.SchemaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The index javac generates is what the runtime loads: through ServiceLoader, with true checksums. */
class IndexServiceLoaderTest {

    /** Loads the classes and resources a compilation wrote, in memory. */
    static final class CompiledClassLoader extends ClassLoader {
        private final Map<String, byte[]> files = new HashMap<>();

        CompiledClassLoader(Compilation compilation) {
            super(IndexServiceLoaderTest.class.getClassLoader());
            for (JavaFileObject file : compilation.generatedFiles()) {
                String path = file.toUri().getPath();
                String relative = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
                if (path.contains("/CLASS_OUTPUT/")) {
                    try (InputStream in = file.openInputStream()) {
                        files.put(relative, in.readAllBytes());
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

        @Override
        protected URL findResource(String name) {
            byte[] bytes = files.get(name);
            if (bytes == null) {
                return null;
            }
            try {
                return new URL(null, "bytes:" + name, new java.net.URLStreamHandler() {
                    @Override
                    protected java.net.URLConnection openConnection(URL url) {
                        return new java.net.URLConnection(url) {
                            @Override public void connect() {}
                            @Override public InputStream getInputStream() {
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
    void theGeneratedIndexListsTheMigrationsInGraphOrderWithTheirChecksums() throws IOException {
        Compilation compilation = compile(indexEmail(), createUsers(), userEntity(), addName());
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClassLoader loader = new CompiledClassLoader(compilation);

        List<MigrationIndex> indexes = ServiceLoader.load(MigrationIndex.class, loader).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertEquals(1, indexes.size());
        MigrationIndex index = indexes.get(0);
        assertEquals("app.migrations.RetortMigrationIndex", index.getClass().getName());
        List<IndexedMigration> migrations = index.migrations();
        assertEquals(List.of("a1", "b2", "c3"), migrations.stream().map(IndexedMigration::id).toList());
        assertEquals(List.of(List.of(), List.of("a1"), List.of("b2")),
                migrations.stream().map(IndexedMigration::revises).toList());
        assertEquals("app.migrations.AddName", migrations.get(1).className());
        for (IndexedMigration migration : migrations) {
            var script = migration.factory().get();
            assertEquals(Checksums.of(RecordingOps.upgradeOf(script), RecordingOps.downgradeOf(script)),
                    migration.checksum(), migration.id());
        }
        try (InputStream schema = loader.getResourceAsStream(index.expectedSchemaResource())) {
            assertEquals("[users]", SchemaJson.read(new String(schema.readAllBytes(), StandardCharsets.UTF_8))
                    .tables().keySet().toString());
        }
    }

    @Test
    void anIndexOfMoreMigrationsThanOneMethodHoldsCompilesAndLoadsEachClassOnlyWhenAsked() {
        int count = 2 * IndexWriter.PER_PART + 3;
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
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClassLoader loader = new CompiledClassLoader(compilation);
        MigrationIndex index = ServiceLoader.load(MigrationIndex.class, loader).findFirst().orElseThrow();
        List<IndexedMigration> migrations = index.migrations();
        assertEquals(count, migrations.size());
        assertEquals(null, loader.loadedClass("app.migrations.T" + (count - 1)), "listing loads no migration class");
        for (int i : new int[] {0, IndexWriter.PER_PART - 1, IndexWriter.PER_PART, count - 1}) {
            assertEquals("m" + i, migrations.get(i).id());
            assertEquals("app.migrations.T" + i, migrations.get(i).factory().get().getClass().getName());
        }
    }
}
