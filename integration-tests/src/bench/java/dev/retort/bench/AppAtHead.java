package dev.retort.bench;

import dev.retort.runner.Retort;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * A start at head of an application with an entity model, as a team's service starts: the migrations
 * of a generated project (300 entities, 1500 migrations) and the schema its processor exported, on H2
 * in memory. Beside the DDL migrations' start, which has no model, this one has every file a real
 * module's processor writes.
 */
final class AppAtHead {

    static final int ENTITIES = 300;
    private static final String PACKAGE = ProjectGenerator.MIGRATIONS.replace('/', '.');

    private AppAtHead() {}

    /** The median start at head, in milliseconds, of the classes compiled from the project. */
    static double median(Path classes) throws IOException {
        String url = "jdbc:h2:mem:app-at-head;DB_CLOSE_DELAY=-1";
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                AppAtHead.class.getClassLoader())) {
            Retort.configure().url(url).migrationsPackage(PACKAGE).classLoader(loader).load().upgrade("head");
            return Median.millis(5, 11, () -> {
                long start = System.nanoTime();
                if (!Retort.configure().url(url).migrationsPackage(PACKAGE).classLoader(loader).load().upgrade("head")
                        .isEmpty()) {
                    throw new IllegalStateException("the database was not at head");
                }
                return System.nanoTime() - start;
            });
        }
    }
}
