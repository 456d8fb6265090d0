package dev.retort.spring;

import dev.retort.runner.Retort;
import dev.retort.runner.RetortException;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the database when the application context creates it: before the
 * EntityManagerFactory and every other bean that uses the database, which Boot makes depend on it
 * ({@link RetortMigrationInitializerDetector}).
 */
public class RetortMigrationInitializer implements InitializingBean {

    private final Retort retort;
    private final RetortMigrationStrategy strategy;
    private final boolean checkOnStart;

    public RetortMigrationInitializer(Retort retort, RetortMigrationStrategy strategy, boolean checkOnStart) {
        this.retort = retort;
        this.strategy = strategy;
        this.checkOnStart = checkOnStart;
    }

    @Override
    public void afterPropertiesSet() {
        strategy.migrate(retort);
        if (checkOnStart) {
            List<String> differences = retort.check();
            if (!differences.isEmpty()) {
                throw new RetortException("the database does not have the schema the model expects ("
                        + differences.size() + " difference(s)): " + String.join("; ", differences)
                        + ". Write the migration that closes it, or turn spring.retort.check-on-start off");
            }
        }
    }
}
