package dev.retort.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Boot that {@link RetortMigrationInitializer} initializes the database, so that the beans
 * that depend on an initialized database (the EntityManagerFactory, JdbcTemplate, ...) are created
 * after it, as for Flyway and Liquibase.
 */
public class RetortMigrationInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(RetortMigrationInitializer.class);
    }
}
