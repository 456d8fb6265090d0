package dev.retort.parity;

import dev.retort.oracle.CatalogReader;
import dev.retort.oracle.CatalogSchema;
import dev.retort.processor.model.NamingStrategy;
import dev.retort.schema.Schema;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.SessionFactory;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy;

/** What Hibernate ORM does with some entity classes on a database: creates their schema, or validates it. */
final class HibernateSchemas {

    /** By set, naming and database: the parity and end-to-end tests compare against one creation. */
    private static final Map<String, Created> CREATED = new ConcurrentHashMap<>();

    /** What Hibernate created, read by Retort's reader and by the independent one. */
    private record Created(Schema schema, CatalogSchema catalog) {}

    private HibernateSchemas() {}

    /**
     * {@link #create} on a database of its own (the namespaces the set names held for the while),
     * once per set, naming and database, normalised as that database's dialect compares schemas.
     */
    static Schema created(ParitySets.ParitySet set, NamingStrategy naming, Database database, Set<String> namespaces)
            throws SQLException {
        return creation(set, naming, database, namespaces).schema();
    }

    /** The same creation as {@link #created}, read by the {@link CatalogReader}, which owes nothing to Retort. */
    static CatalogSchema catalog(ParitySets.ParitySet set, NamingStrategy naming, Database database,
                                 Set<String> namespaces) throws SQLException {
        return creation(set, naming, database, namespaces).catalog();
    }

    private static Created creation(ParitySets.ParitySet set, NamingStrategy naming, Database database,
                                    Set<String> namespaces) throws SQLException {
        String key = set + " " + naming + " " + database;
        Created created = CREATED.get(key);
        if (created == null) {
            try (TestDatabase db = TestDatabase.create(database, "parity");
                 SharedNamespaces ignored = SharedNamespaces.hold(db, namespaces)) {
                Schema schema = Dialect.of(database).normalise(create(set.entities(), naming, db,
                        set.hibernateSettings(), namespaces));
                try (Connection connection = db.connect()) {
                    created = new Created(schema, CatalogReader.read(connection, namespaces));
                }
            }
            CREATED.put(key, created);
        }
        return created;
    }

    /**
     * The schema Hibernate creates on this (empty) database, read back through JDBC metadata;
     * {@code namespaces} are the SQL schemas it is expected to make besides the connection's own.
     */
    @SuppressWarnings("try") // the session factory only has to exist: building it creates the schema
    static Schema create(List<Class<?>> entities, NamingStrategy naming, TestDatabase database,
                         Map<String, String> settings, Set<String> namespaces) throws SQLException {
        try (SessionFactory ignored = configuration(entities, naming, database, settings, "create-only")
                .buildSessionFactory();
             Connection connection = database.connect()) {
            return Dialect.of(database.database()).reader().read(connection, Set.of(), namespaces);
        }
    }

    /** Builds a session factory with {@code hbm2ddl.auto=validate}: Hibernate throws when the schema does not fit. */
    @SuppressWarnings("try")
    static void validate(List<Class<?>> entities, NamingStrategy naming, TestDatabase database,
                         Map<String, String> settings) {
        try (SessionFactory ignored = configuration(entities, naming, database, settings, "validate")
                .buildSessionFactory()) {
            // validated while it was built
        }
    }

    private static Configuration configuration(List<Class<?>> entities, NamingStrategy naming, TestDatabase database,
                                               Map<String, String> settings, String action) {
        Configuration configuration = new Configuration()
                .setProperty(AvailableSettings.JAKARTA_JDBC_URL, database.url())
                .setProperty(AvailableSettings.HBM2DDL_AUTO, action)
                .setProperty(AvailableSettings.HBM2DDL_CREATE_NAMESPACES, "true")
                .setProperty(AvailableSettings.SHOW_SQL, "false");
        settings.forEach(configuration::setProperty);
        if (naming == NamingStrategy.SNAKE) {
            // What Spring Boot configures by default.
            configuration.setPhysicalNamingStrategy(new CamelCaseToUnderscoresNamingStrategy());
            configuration.setImplicitNamingStrategy(new SpringImplicitNamingStrategy());
        }
        entities.forEach(configuration::addAnnotatedClass);
        return configuration;
    }
}
