package dev.retort.runner;

import static dev.retort.fixtures.billing.BillingIndex.CUSTOMERS;
import static dev.retort.fixtures.billing.BillingIndex.INVOICES;
import static dev.retort.fixtures.billing.BillingIndex.SCHEMA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.schema.Schema;
import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Migrations that create a SQL schema, with keys into it and out of it, run up and down by the
 * runner on each database; the live schema reads the other schema's tables back qualified.
 */
class NamespacesRunnerTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSchemaOfTheMigrationsIsCreatedReadBackAndDropped(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "billing")) {
            dropLeftover(db);
            try {
                Retort retort = Retort.configure().url(db.url()).migrationsPackage("dev.retort.fixtures.billing").load();
                assertEquals(List.of(CUSTOMERS, INVOICES), retort.upgrade("head"));
                Schema live = retort.liveSchema();
                assertEquals(Set.of(SCHEMA), live.namespaces());
                assertEquals(Set.of("customers", SCHEMA + ".invoices"), live.tables().keySet());
                assertEquals(Set.of(SCHEMA + ".invoice_numbers"), live.sequences().keySet());
                assertEquals(List.of(), retort.check());

                assertEquals(List.of(INVOICES), retort.downgrade("-1"));
                assertEquals(Set.of(), retort.liveSchema().namespaces());
                assertEquals(Set.of("customers"), retort.liveSchema().tables().keySet());
                assertEquals(List.of(CUSTOMERS), retort.current());

                String script = retort.upgradeSql(CUSTOMERS, "head");
                assertTrue(script.contains("CREATE SCHEMA " + SCHEMA + ";\n"), script);
                assertTrue(script.contains("CREATE SEQUENCE " + SCHEMA + ".invoice_numbers"), script);
            } finally {
                dropLeftover(db);
            }
        }
    }

    /** A schema left by an earlier, failed run on the same server. */
    private static void dropLeftover(TestDatabase db) throws Exception {
        switch (db.database()) {
            case POSTGRESQL -> db.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            case MARIADB -> db.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            default -> { }
        }
    }
}
