package dev.retort.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.runner.Retort;
import dev.retort.runner.RetortException;
import dev.retort.spring.app.Customer;
import dev.retort.spring.app.CustomerRepository;
import dev.retort.spring.app.ShopApplication;
import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real Spring Boot application starting on each database with {@code ddl-auto=validate}:
 * Hibernate validates the schema Retort has just migrated, so the migration ran first.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupMigrationTest {

    static final String ID = "e059b649a526";

    static ConfigurableApplicationContext start(TestDatabase db, Class<?>... more) {
        List<Class<?>> sources = new ArrayList<>(List.of(ShopApplication.class));
        sources.addAll(List.of(more));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .web(WebApplicationType.NONE)
                .properties(datasource(db))
                .properties("spring.jpa.hibernate.ddl-auto=validate",
                        "spring.retort.check-on-start=true",
                        "management.endpoints.web.exposure.include=retort",
                        "spring.main.banner-mode=off")
                .run();
    }

    /** The test database's URL; on H2 without Boot's default user "sa", as the test database connects without one. */
    static String[] datasource(TestDatabase db) {
        return db.database() == Database.H2
                ? new String[] {"spring.datasource.url=" + db.url(), "spring.datasource.hikari.username="}
                : new String[] {"spring.datasource.url=" + db.url()};
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theApplicationMigratesItselfBeforeHibernateValidates(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "boot");
             ConfigurableApplicationContext context = start(db)) {
            CustomerRepository customers = context.getBean(CustomerRepository.class);
            customers.save(new Customer("Ada", "ada@example.com"));
            assertEquals("Ada", customers.findByName("Ada").orElseThrow().getName());

            RetortEndpoint.Report report = context.getBean(RetortEndpoint.class).migrations();
            assertEquals(List.of(ID), report.current());
            assertEquals(List.of(ID), report.heads());
            RetortEndpoint.Migration only = report.migrations().get(0);
            assertEquals(1, report.migrations().size());
            assertEquals("createTable customers", only.description());
            assertTrue(only.current() && only.head() && only.known() && !only.edited());
            assertTrue(only.appliedAt() != null && only.durationMs() != null);
        }
    }

    @Test
    void aSecondStartFindsTheDatabaseMigratedAndRunsNothing() throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.H2, "boot_twice")) {
            start(db).close();
            try (ConfigurableApplicationContext again = start(db)) {
                assertEquals(List.of(ID), again.getBean(Retort.class).current());
            }
        }
    }

    @Test
    void baselineOnMigrateAdoptsADatabaseWithTheTablesButNoHistory() throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.H2, "boot_baseline")) {
            start(db).close();
            db.execute("DROP TABLE retort_history");
            Exception refused = assertThrows(Exception.class, () -> start(db).close());
            assertTrue(rootCause(refused).getMessage().contains("CUSTOMERS"), rootCause(refused).getMessage());
            Exception noRevision = assertThrows(Exception.class,
                    () -> startWith(db, "spring.retort.baseline-on-migrate=true").close());
            assertEquals("spring.retort.baseline-on-migrate needs spring.retort.baseline-revision: the id of the"
                    + " migration whose schema the existing database has", retortCause(noRevision).getMessage());
            try (ConfigurableApplicationContext adopted = startWith(db, "spring.retort.baseline-on-migrate=true",
                    "spring.retort.baseline-revision=" + ID)) {
                assertEquals(List.of(ID), adopted.getBean(Retort.class).current());
            }
        }
    }

    @Test
    void aTimeoutOutOfRangeStopsTheStartInOneLine() throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.H2, "boot_timeout")) {
            for (String property : List.of("lock-timeout", "ddl-lock-timeout")) {
                Exception failure = assertThrows(Exception.class,
                        () -> startWith(db, "spring.retort." + property + "=-5s").close());
                assertEquals("spring.retort." + property + " must be from 0 to 86400 seconds (a day), not -5 seconds",
                        retortCause(failure).getMessage());
            }
        }
    }

    static ConfigurableApplicationContext startWith(TestDatabase db, String... properties) {
        return new SpringApplicationBuilder(ShopApplication.class).web(WebApplicationType.NONE)
                .properties(datasource(db))
                .properties("spring.jpa.hibernate.ddl-auto=validate", "spring.main.banner-mode=off")
                .properties(properties)
                .run();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static Throwable retortCause(Throwable failure) {
        Throwable cause = failure;
        while (!(cause instanceof RetortException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Test
    void aStrategyBeanRunsInPlaceOfTheUpgrade() throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.H2, "boot_strategy");
             ConfigurableApplicationContext context = start(db, Strategy.class)) {
            assertEquals(List.of("before " + List.of(), "after " + List.of(ID)), context.getBean(Strategy.class).calls);
        }
    }

    @Test
    void disabledItLeavesTheDatabaseAloneAndHibernateFindsNoTable() throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.H2, "boot_disabled")) {
            Exception failure = assertThrows(Exception.class, () ->
                    new SpringApplicationBuilder(ShopApplication.class).web(WebApplicationType.NONE)
                            .properties(datasource(db))
                            .properties("spring.jpa.hibernate.ddl-auto=validate", "spring.retort.enabled=false",
                                    "spring.main.banner-mode=off")
                            .run().close());
            assertFalse(failure.getMessage() == null);
            Throwable cause = failure;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            assertTrue(cause.getMessage().contains("missing table [customers]"), cause.getMessage());
        }
    }

    @Test
    void aConnectionOfItsOwnMigratesAndLeavesTheApplicationsDataSourceUnmanaged() throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.H2, "boot_own_url");
             ConfigurableApplicationContext context = new SpringApplicationBuilder(ShopApplication.class)
                     .web(WebApplicationType.NONE)
                     .properties(datasource(db))
                     .properties("spring.retort.url=" + db.url(), "spring.jpa.hibernate.ddl-auto=validate",
                             "spring.main.banner-mode=off")
                     .run()) {
            assertEquals(List.of(ID), context.getBean(Retort.class).current());
            assertEquals(SchemaManagement.UNMANAGED, context.getBean(RetortSchemaManagementProvider.class)
                    .getSchemaManagement(context.getBean(DataSource.class)));
        }
    }

    @Test
    void checkOnStartRefusesASchemaTheModelDoesNotHaveInOneMessage(CapturedOutput output) throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.H2, "boot_check")) {
            db.execute("CREATE TABLE stray (id INTEGER)");
            Exception failure = assertThrows(Exception.class, () -> start(db).close());
            Throwable cause = failure;
            while (!(cause instanceof RetortException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            assertTrue(cause.getMessage().startsWith("the database does not have the schema the model expects"
                    + " (1 difference(s)): unexpected: table stray (id integer)."), cause.getMessage());
            assertTrue(output.getOut().contains("APPLICATION FAILED TO START"), output.getOut());
            assertTrue(output.getOut().contains("Retort could not migrate the database: the database does not have the"
                    + " schema the model expects"), output.getOut());
            assertFalse(output.toString().contains("\tat dev.retort"), output.toString());
        }
    }

    @Test
    void finishInterruptedRunsTheRestOfAMigrationAnEarlierStartLeftInterrupted(CapturedOutput output) throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.H2, "boot_finish")) {
            for (boolean finish : List.of(false, true)) {
                start(db).close();
                db.execute("UPDATE retort_history SET state = 'upgrading' WHERE id = '" + ID + "'", "DROP TABLE customers");
                int logged = output.getAll().length();
                try (ConfigurableApplicationContext started = startWith(db,
                        "spring.retort.finish-interrupted=" + finish)) {
                    assertEquals(List.of(ID), started.getBean(Retort.class).current());
                }
                String log = output.getAll().substring(logged);
                assertTrue(log.contains("an earlier run was interrupted while upgrading to " + ID + " (createTable"
                        + " customers, started ") && log.contains(finish ? "; it had run 0 of 1 operations, and the rest"
                        + " ran now" : "; it had run 0 of 1 operations, which were undone"), log);
            }
        }
    }

    /** Records what it sees, and upgrades. */
    @Configuration(proxyBeanMethods = false)
    static class Strategy {

        final List<String> calls = new ArrayList<>();

        @Bean
        RetortMigrationStrategy recordingStrategy() {
            return retort -> {
                calls.add("before " + retort.current());
                retort.upgrade("head");
                calls.add("after " + retort.current());
            };
        }
    }
}
