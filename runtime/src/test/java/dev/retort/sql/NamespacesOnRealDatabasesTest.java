package dev.retort.sql;

import static dev.retort.migration.Dsl.BIGINT;
import static dev.retort.migration.Dsl.INTEGER;
import static dev.retort.migration.Dsl.column;
import static dev.retort.migration.Dsl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.migration.RecordingOps;
import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import dev.retort.testing.SchemaText;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tables, keys, indexes and sequences in a SQL schema besides the connection's: every operation on
 * them, and then every inverse, leaves on each database the schema its replay computed, read back
 * with the other schema's tables qualified.
 */
class NamespacesOnRealDatabasesTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void operationsInAnotherSchemaAndTheirInversesLeaveTheReplayedSchema(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "namespaces");
             Connection connection = db.connect()) {
            Dialect dialect = Dialect.of(database).on(connection);
            String ns = db.namespace("sales");
            List<Operation> script = script(ns);
            List<Schema> before = new ArrayList<>();
            Schema schema = Schema.EMPTY;
            for (Operation operation : script) {
                before.add(schema);
                schema = run(dialect, connection, operation, schema, ns);
            }
            assertEquals(Set.of(ns), dialect.reader().read(connection, Set.of(), Set.of(ns)).namespaces());
            for (int i = script.size() - 1; i >= 0; i--) {
                for (Operation inverse : script.get(i).inverse(before.get(i))) {
                    schema = run(dialect, connection, inverse, schema, ns);
                }
            }
            assertEquals(Schema.EMPTY, dialect.reader().read(connection, Set.of(), Set.of(ns)));
        }
    }

    private static List<Operation> script(String ns) {
        RecordingOps op = new RecordingOps();
        op.createSchema(ns);
        op.createTable(ns + ".customers",
                column("id", BIGINT).primaryKey(),
                column("email", varchar(100)).notNull().unique());
        op.createTable("orders",
                column("id", BIGINT).primaryKey(),
                column("customer_id", BIGINT));
        op.createForeignKey("fk_orders_customer", "orders", "customer_id", ns + ".customers", "id");
        op.createTable(ns + ".items",
                column("id", INTEGER).notNull(),
                column("order_id", BIGINT),
                column("sku", varchar(20)));
        op.addPrimaryKey(ns + ".items", "id");
        op.setIdentity(ns + ".items", "id");
        op.createForeignKey("fk_items_order", ns + ".items", "order_id", "orders", "id");
        op.createIndex("idx_items_sku", ns + ".items", "sku");
        op.createUniqueConstraint("uk_items_order_sku", ns + ".items", "order_id", "sku");
        op.createCheck("ck_items_sku", ns + ".items", "sku <> ''");
        op.renameTable(ns + ".items", ns + ".line_items");
        op.renameColumn(ns + ".line_items", "sku", "code");
        op.alterColumnType(ns + ".line_items", "code", varchar(40));
        op.setNotNull(ns + ".line_items", "code");
        op.setDefault(ns + ".line_items", "code", "none");
        op.addColumn(ns + ".line_items", column("quantity", INTEGER));
        op.createSequence(ns + ".item_numbers", 1, 10);
        return op.operations();
    }

    private static Schema run(Dialect dialect, Connection connection, Operation operation, Schema before, String ns)
            throws Exception {
        List<String> statements = dialect.render(operation, before);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        Schema expected = operation.applyTo(before);
        Schema live = dialect.reader().read(connection, Set.of(), Set.of(ns));
        assertEquals(SchemaText.of(dialect.normalise(expected)), SchemaText.of(dialect.normalise(live)),
                operation.describe() + ": " + statements);
        assertEquals(dialect.normalise(expected), dialect.normalise(live), operation.describe() + ": " + statements);
        return expected;
    }
}
