package dev.retort.runner;

import dev.retort.migration.IndexFile;
import dev.retort.migration.IndexedMigration;
import dev.retort.migration.MigrationIndex;
import dev.retort.migration.MigrationScript;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A module's migration index, read from the resource the processor wrote ({@link IndexFile}). Each
 * migration's class is loaded only when its script is asked for.
 */
final class ResourceIndex implements MigrationIndex {

    private final URL location;
    private final IndexFile.Contents contents;
    private final ClassLoader loader;

    private ResourceIndex(URL location, IndexFile.Contents contents, ClassLoader loader) {
        this.location = location;
        this.contents = contents;
        this.loader = loader;
    }

    /** Every index the class loader finds, in class path order. */
    static List<MigrationIndex> findAll(ClassLoader loader) {
        List<MigrationIndex> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(IndexFile.RESOURCE))) {
                found.add(read(url, loader));
            }
        } catch (IOException e) {
            throw new RetortException("cannot read the migration indexes (" + IndexFile.RESOURCE + "): "
                    + e.getMessage(), e);
        }
        return found;
    }

    private static ResourceIndex read(URL url, ClassLoader loader) throws IOException {
        try (Reader in = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
            return new ResourceIndex(url, IndexFile.read(in, url.toString()), loader);
        } catch (IllegalStateException e) {
            throw new RetortException(e.getMessage(), e);
        }
    }

    /** The loader that creates this index's migrations from their class names. */
    ClassLoader loader() {
        return loader;
    }

    @Override
    public List<IndexedMigration> migrations() {
        List<IndexedMigration> migrations = new ArrayList<>(contents.entries().size());
        for (IndexFile.Entry entry : contents.entries()) {
            migrations.add(new IndexedMigration(entry.id(), entry.revises(), entry.description(), entry.className(),
                    entry.checksum(), () -> create(entry)));
        }
        return migrations;
    }

    private static final String FIX_INITIALIZER = " Fix what it reads (a setting, a file, a class) or the class"
            + " itself, then rebuild";

    private RetortException notOnClassPath(String what) {
        return new RetortException(what + " is in the index " + location + " but its class is not on the class"
                + " path: rebuild the module");
    }

    private MigrationScript create(IndexFile.Entry entry) {
        String what = "migration " + entry.id() + " (" + entry.className() + ")";
        try {
            Class<?> type = Class.forName(entry.className(), true, loader);
            return (MigrationScript) type.getConstructor().newInstance();
        } catch (NoClassDefFoundError e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Could not initialize class")) {
                // The class was loaded before and its static initializer threw then: say so again.
                String first = e.getCause() == null ? "" : " (" + e.getCause().getMessage()
                        .replaceFirst("^Exception ", "").replaceFirst(" \\[in thread .*]$", "") + ")";
                throw new RetortException(what + " cannot be created: its static initializer threw when the class was"
                        + " first loaded" + first + "." + FIX_INITIALIZER, e);
            }
            throw notOnClassPath(what);
        } catch (ClassNotFoundException e) {
            throw notOnClassPath(what);
        } catch (ExceptionInInitializerError e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RetortException(what + " cannot be created: its static initializer threw " + cause + "."
                    + FIX_INITIALIZER, cause);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RetortException(what + " cannot be created: its constructor threw " + cause + "."
                    + FIX_INITIALIZER, cause);
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new RetortException(what + " cannot be created (" + e + "): rebuild the module");
        }
    }

    @Override
    public String expectedSchemaResource() {
        return IndexFile.SCHEMA;
    }

    @Override
    public String packageName() {
        return contents.packageName();
    }

    /** The schema beside this index in its module, not the first of that name on the class path. */
    @Override
    public InputStream openExpectedSchema() throws IOException {
        try {
            return new URL(location, "schema.json").openStream();
        } catch (FileNotFoundException | NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "the migration index " + location;
    }
}
