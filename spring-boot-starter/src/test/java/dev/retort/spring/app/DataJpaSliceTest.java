package dev.retort.spring.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A {@code @DataJpaTest} ({@link JpaSlice}, as Boot 4.0 and 3.5 name it) gets a database Retort migrated: the embedded one the slice starts, with
 * Hibernate's schema tool left off (not Boot's {@code create-drop} for embedded databases), since
 * Retort manages the schema.
 */
@JpaSlice
class DataJpaSliceTest {

    @Autowired
    CustomerRepository customers;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theSliceGetsAMigratedDatabase() throws Exception {
        customers.save(new Customer("Ada", "ada@example.com"));
        assertEquals(1, customers.count());
        // Boot leaves the setting out for "none"; without Retort's SchemaManagementProvider it is "create-drop".
        assertNull(entityManagerFactory.getProperties().get("hibernate.hbm2ddl.auto"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM retort_history")) {
            rows.next();
            assertEquals("e059b649a526", rows.getString(1));
        }
    }
}
