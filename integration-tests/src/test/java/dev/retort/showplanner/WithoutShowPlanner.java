package dev.retort.showplanner;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The test's class loader with the show planner as Maven built it hidden: its classes, its index and
 * its schema. A loader over another build of the show planner puts this one under it.
 */
final class WithoutShowPlanner extends ClassLoader {

    WithoutShowPlanner(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith("dev.retort.showplanner.")) {
            throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return hidden(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return hidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }

    private static boolean hidden(String name) {
        // The runtime's test fixtures register indexes of their own for ServiceLoader.
        return name.startsWith("META-INF/services/dev.retort.migration.MigrationIndex")
                || name.startsWith("META-INF/retort/") || name.startsWith("dev/retort/showplanner/");
    }
}
