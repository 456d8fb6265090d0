package dev.retort.operation;

import static dev.retort.migration.Dsl.BIGINT;
import static dev.retort.migration.Dsl.column;
import static dev.retort.migration.Dsl.varchar;
import static dev.retort.operation.Fixtures.shop;
import static dev.retort.operation.Misfits.assertMisfit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.RecordingOps;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SQL schemas: created before anything is put in them, dropped only empty, never left by a rename. */
class SchemaOperationsTest {

    @Test
    void createAndDropSchema() {
        Schema after = new CreateSchema("Sales").applyTo(shop());
        assertEquals(Set.of("sales"), after.namespaces());
        assertEquals(shop().tables(), after.tables());
        assertEquals(shop(), new DropSchema("SALES").applyTo(after));
        assertEquals(List.of(new DropSchema("sales")), new CreateSchema("sales").inverse(shop()));
        assertEquals(List.of(new CreateSchema("sales")), new DropSchema("sales").inverse(after));
        assertEquals("createSchema sales", new CreateSchema("sales").describe());
        assertEquals("dropSchema sales", new DropSchema("sales").describe());
        assertFalse(new CreateSchema("sales").tableName().isPresent());
    }

    @Test
    void tablesAndSequencesGoIntoASchemaByAQualifiedName() {
        RecordingOps op = new RecordingOps();
        op.createSchema("sales");
        op.createTable("Sales.Orders", column("id", BIGINT)
                .primaryKey(), column("code", varchar(5)).unique());
        op.createSequence("sales.order_numbers", 1, 1);
        Schema schema = Schema.EMPTY;
        for (Operation operation : op.operations()) {
            schema = operation.applyTo(schema);
        }
        assertTrue(schema.table("SALES.orders").isPresent());
        assertEquals(Set.of("uk_sales_orders_code"), schema.requireTable("sales.orders").constraints().keySet());
        assertEquals(List.of("table sales.orders", "sequence sales.order_numbers"), schema.contentsOf("sales"));
        assertEquals(new Sequence("sales.order_numbers", 1, 1), schema.sequence("sales.order_numbers").orElseThrow());
    }

    private static Table cart() {
        return Fixtures.table("sales.carts", List.of(Fixtures.notNull("id", Fixtures.BIGINT)), null);
    }

    @Test
    void schemaMisfits() {
        Schema sales = new CreateSchema("sales").applyTo(shop());
        assertMisfit("schema sales already exists", new CreateSchema("sales"), sales);
        assertMisfit("there is no schema sales", new DropSchema("sales"), shop());
        assertMisfit("there is no schema sales for table sales.carts: create it first with createSchema(\"sales\")",
                new CreateTable(cart()), shop());
        assertMisfit("there is no schema sales for sequence sales.s: create it first with createSchema(\"sales\")",
                new CreateSequence(new Sequence("sales.s", 1, 1)), shop());
        Schema withCart = new CreateTable(cart()).applyTo(sales);
        assertMisfit("schema sales still holds table sales.carts: drop those first", new DropSchema("sales"), withCart);
        assertMisfit("renameTable cannot move table sales.carts to another schema (carts): create the table there"
                + " and copy its rows", new RenameTable("sales.carts", "carts"), withCart);
        assertMisfit("table name 'a.b.c' is not a plain SQL identifier, or one qualified by a schema (letters,"
                + " digits, _ and $, not starting with a digit)", () -> new DropTable("a.b.c"));
        assertMisfit("schema name 'a.b' is not a plain SQL identifier (letters, digits, _ and $, not starting with"
                + " a digit)", () -> new CreateSchema("a.b"));
    }
}
