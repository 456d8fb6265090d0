package dev.retort.migration;

import java.util.List;

/**
 * The migrations of one package, in graph order, as the processor found and checked them. The
 * processor generates one implementation per migrations package and registers it for
 * {@link java.util.ServiceLoader}, so the runtime never scans the classpath.
 */
public interface MigrationIndex {

    /** The migrations, each after the ones it revises. */
    List<IndexedMigration> migrations();

    /** The classpath resource holding the schema the entity model expects, as JSON. */
    String expectedSchemaResource();
}
