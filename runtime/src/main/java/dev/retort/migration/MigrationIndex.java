package dev.retort.migration;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The migrations of one package, in graph order, as the processor found and checked them. The
 * processor writes each module's index as the resource {@link IndexFile#RESOURCE}, which the runtime
 * reads; an index can also be registered in code for {@link java.util.ServiceLoader}. Either way the
 * runtime never scans the class path.
 */
public interface MigrationIndex {

    /** The migrations, each after the ones it revises. */
    List<IndexedMigration> migrations();

    /** The classpath resource holding the schema the entity model expects, as JSON. */
    String expectedSchemaResource();

    /** The package of the migrations, which {@code migrationsPackage} chooses an index by. */
    default String packageName() {
        return getClass().getPackageName();
    }

    /** The schema the entity model expects, as JSON; null when the module has none. */
    default InputStream openExpectedSchema() throws IOException {
        ClassLoader loader = getClass().getClassLoader();
        return loader == null ? null : loader.getResourceAsStream(expectedSchemaResource());
    }
}
