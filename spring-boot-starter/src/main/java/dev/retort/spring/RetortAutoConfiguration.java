package dev.retort.spring;

import dev.retort.runner.Retort;
import dev.retort.runner.RetortBuilder;
import dev.retort.runner.RetortException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Migrates the application's database at start-up with the migrations its build checked: after
 * the DataSource, before Hibernate. The classes are named by string where Boot 4.0 and 3.5 put them
 * in different packages.
 */
@AutoConfiguration(
        afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"},
        beforeName = {"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
                "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration"})
@ConditionalOnClass(Retort.class)
@ConditionalOnProperty(prefix = "spring.retort", name = "enabled", matchIfMissing = true)
@Conditional(RetortAutoConfiguration.DatabaseCondition.class)
@EnableConfigurationProperties(RetortProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class RetortAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Retort retort(RetortProperties properties, ObjectProvider<DataSource> dataSource,
                         ResourceLoader resourceLoader) {
        RetortBuilder builder = Retort.configure()
                .lockTimeout(RetortBuilder.checkedTimeout("spring.retort.lock-timeout", properties.getLockTimeout()))
                .ddlLockTimeout(RetortBuilder.checkedTimeout("spring.retort.ddl-lock-timeout",
                        properties.getDdlLockTimeout()))
                .finishInterrupted(properties.isFinishInterrupted());
        if (properties.getUrl() != null) {
            builder.url(properties.getUrl(), properties.getUser(), properties.getPassword());
        } else {
            builder.dataSource(dataSource.getObject());
        }
        if (resourceLoader.getClassLoader() != null) {
            builder.classLoader(resourceLoader.getClassLoader());
        }
        if (properties.getMigrationsPackage() != null) {
            builder.migrationsPackage(properties.getMigrationsPackage());
        }
        return builder.load();
    }

    @Bean
    @ConditionalOnMissingBean
    public RetortMigrationInitializer retortMigrationInitializer(Retort retort, RetortProperties properties,
                                                                 ObjectProvider<RetortMigrationStrategy> strategy) {
        if (properties.isBaselineOnMigrate() && (properties.getBaselineRevision() == null
                || properties.getBaselineRevision().isBlank())) {
            throw new RetortException("spring.retort.baseline-on-migrate needs spring.retort.baseline-revision: the id"
                    + " of the migration whose schema the existing database has");
        }
        RetortMigrationStrategy upgrade = r -> {
            if (properties.isBaselineOnMigrate()) {
                r.baseline(properties.getBaselineRevision());
            }
            r.upgrade(properties.getTarget());
        };
        return new RetortMigrationInitializer(retort, strategy.getIfAvailable(() -> upgrade),
                properties.isCheckOnStart());
    }

    @Bean
    public RetortSchemaManagementProvider retortSchemaManagementProvider(RetortProperties properties,
                                                                         ObjectProvider<DataSource> dataSource) {
        return new RetortSchemaManagementProvider(properties.getUrl() == null ? dataSource.getIfAvailable() : null);
    }

    /** A DataSource bean, or a URL of Retort's own. */
    static final class DatabaseCondition extends AnyNestedCondition {

        DatabaseCondition() {
            super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        static final class DataSourceBean {
        }

        @ConditionalOnProperty(prefix = "spring.retort", name = "url")
        static final class OwnUrl {
        }
    }
}
