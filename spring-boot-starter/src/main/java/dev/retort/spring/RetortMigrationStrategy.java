package dev.retort.spring;

import dev.retort.runner.Retort;

/**
 * What the application does with its migrations at start-up, in place of the plain
 * {@code upgrade(spring.retort.target)}: a bean of this type is run instead (to upgrade to a
 * given id, stamp a database that predates Retort, or do nothing but check).
 */
@FunctionalInterface
public interface RetortMigrationStrategy {

    void migrate(Retort retort);
}
