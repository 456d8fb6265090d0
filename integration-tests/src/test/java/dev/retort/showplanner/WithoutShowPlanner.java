package dev.retort.showplanner;

import dev.retort.testing.HidingClassLoader;
import java.util.List;

/**
 * The test's class loader with the show planner as Maven built it hidden: its classes, its index and
 * its schema. A loader over another build of the show planner puts this one under it.
 */
final class WithoutShowPlanner extends HidingClassLoader {

    WithoutShowPlanner(ClassLoader parent) {
        // The runtime's test fixtures register indexes of their own for ServiceLoader.
        super(parent, "dev.retort.showplanner.", List.of("META-INF/services/dev.retort.migration.MigrationIndex",
                "META-INF/retort/", "dev/retort/showplanner/"));
    }
}
