package dev.retort.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.diff.SchemaDiff;
import dev.retort.operation.Operation;
import dev.retort.parity.ParitySets.ParitySet;
import dev.retort.processor.model.HibernateGeneration;
import dev.retort.processor.model.NamingStrategy;
import dev.retort.runner.Retort;
import dev.retort.schema.Schema;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import dev.retort.testing.TestDatabase;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The user's first day, for every parity set and naming on every database: no migration yet, the
 * skeleton Retort writes, reviewed and compiled cleanly ({@link FirstDay}), {@code upgrade head};
 * then Hibernate validates the migrated database, the schema read back is the one Hibernate creates
 * itself on that database, and {@code retort check} finds no difference.
 */
class EndToEndParityTest {

    /**
     * Why Hibernate cannot validate what Retort migrated, a known limit of Retort's (see PARITY.md),
     * or empty. Retort folds names to lower case; Hibernate 6 quotes the table names of nested entity
     * classes ({@code "Person$Note"}), which keeps their case, and MariaDB (with
     * {@code lower_case_table_names=0}, the default on Linux) keeps the case of every table name.
     */
    static Optional<String> knownLimit(ParitySet set, NamingStrategy naming, Database database) {
        boolean lowerCaseNames = naming == NamingStrategy.SNAKE;
        if (database == Database.MARIADB && !lowerCaseNames) {
            return Optional.of("MariaDB keeps the case of table names, and JPA's names have capitals");
        }
        boolean nested = set.entities().stream().anyMatch(c -> c.getEnclosingClass() != null);
        if (nested && ParitySets.generation() == HibernateGeneration.HIBERNATE_6
                && (database == Database.H2 || !lowerCaseNames)) {
            return Optional.of("Hibernate 6 quotes the table names of nested entity classes, keeping their case");
        }
        return Optional.empty();
    }

    static Stream<Arguments> sets() {
        return HibernateParityTest.sets();
    }

    @ParameterizedTest(name = "{0}, {1} naming, {2}")
    @MethodSource("sets")
    void theFirstDayEndsWithTheSchemaHibernateMakes(ParitySet set, NamingStrategy naming, Database database)
            throws Exception {
        FirstDay project = FirstDay.of(set, naming);
        Schema model = RetortSchemas.cached(set, naming);
        Schema hibernate = HibernateSchemas.created(set, naming, database, model.namespaces());
        Dialect dialect = Dialect.of(database);
        try (TestDatabase db = TestDatabase.create(database, "firstday");
             SharedNamespaces ignored = SharedNamespaces.hold(db, model.namespaces());
             URLClassLoader loader = project.loader()) {
            Retort retort = Retort.configure().url(db.url()).classLoader(loader)
                    .migrationsPackage(project.migrationsPackage).load();
            retort.upgrade("head");
            Optional<String> limit = knownLimit(set, naming, database);
            if (limit.isEmpty()) {
                HibernateSchemas.validate(set.entities(), naming, db, set.hibernateSettings());
            }
            assertEquals(List.of(), retort.check(), "retort check on the migrated database");
            Schema migrated = dialect.normalise(retort.liveSchema());
            List<String> differences = SchemaDiff.between(migrated, hibernate).stream().map(Operation::describe)
                    .toList();
            System.out.printf("first day %s/%s/%s: %d warnings, %d items, %d differences from Hibernate's own, %s%n",
                    set, naming, database, project.warnings.size(), HibernateParityTest.items(migrated),
                    differences.size(), limit.map(l -> "not validated: " + l).orElse("validated"));
            assertEquals(List.of(), differences, () -> "migrated:\n" + migrated + "\nHibernate:\n" + hibernate);
        }
    }
}
