package dev.retort.parity;

import dev.retort.processor.model.NamingStrategy;
import dev.retort.schema.Schema;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.SessionFactory;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy;

/** The schema Hibernate ORM creates on H2 for some entity classes, read back through JDBC metadata. */
final class HibernateSchemas {

    private HibernateSchemas() {}

    @SuppressWarnings("try") // the session factory only has to exist: building it creates the schema
    static Schema create(List<Class<?>> entities, NamingStrategy naming, String database) throws SQLException {
        String url = "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
        Configuration configuration = new Configuration()
                .setProperty(AvailableSettings.JAKARTA_JDBC_URL, url)
                .setProperty(AvailableSettings.HBM2DDL_AUTO, "create-only")
                .setProperty(AvailableSettings.HBM2DDL_CREATE_NAMESPACES, "true")
                .setProperty(AvailableSettings.SHOW_SQL, "false");
        if (naming == NamingStrategy.SNAKE) {
            // What Spring Boot configures by default.
            configuration.setPhysicalNamingStrategy(new CamelCaseToUnderscoresNamingStrategy());
            configuration.setImplicitNamingStrategy(new SpringImplicitNamingStrategy());
        }
        entities.forEach(configuration::addAnnotatedClass);
        try (SessionFactory ignored = configuration.buildSessionFactory();
             Connection connection = DriverManager.getConnection(url)) {
            Schema schema = Dialect.of(Database.H2).reader().read(connection, Set.of(), namespaces(connection));
            connection.createStatement().execute("DROP ALL OBJECTS");
            return schema;
        }
    }

    /** Every SQL schema Hibernate made: all but H2's own two. */
    private static Set<String> namespaces(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT SCHEMA_NAME FROM"
                + " INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME NOT IN ('INFORMATION_SCHEMA', 'PUBLIC')")) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
