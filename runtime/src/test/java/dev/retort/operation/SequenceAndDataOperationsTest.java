package dev.retort.operation;

import static dev.retort.operation.Fixtures.shop;
import static dev.retort.operation.Misfits.assertMisfit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SequenceAndDataOperationsTest {

    @Test
    void createAndDropSequence() {
        Sequence invoices = new Sequence("Seq_Invoices", 1000, -1);
        Schema after = new CreateSequence(invoices).applyTo(shop());
        assertEquals(new Schema(shop().tables(), Map.of("seq_orders", Fixtures.SEQ_ORDERS,
                "seq_invoices", new Sequence("seq_invoices", 1000, -1))), after);
        assertEquals(new Schema(shop().tables(), Map.of()), new DropSequence("SEQ_ORDERS").applyTo(shop()));
    }

    @Test
    void sequenceMisfits() {
        assertMisfit("sequence seq_orders already exists", new CreateSequence(new Sequence("seq_orders", 1, 1)), shop());
        assertMisfit("there is no sequence seq_x", new DropSequence("seq_x"), shop());
        assertMisfit("sequence seq_x cannot increment by 0", () -> new Sequence("seq_x", 1, 0));
    }

    @Test
    void dataStepsLeaveTheSchemaAsItIsAndHaveNoInverse() {
        Schema shop = shop();
        Operation sql = new ExecuteSql("UPDATE users SET name = 'x'");
        Operation java = new RunJava(connection -> { });
        assertSame(shop, sql.applyTo(shop));
        assertSame(shop, java.applyTo(shop));
        assertEquals(List.of(), sql.inverse(shop));
        assertEquals(List.of(), java.inverse(shop));
        assertTrue(sql.isDataStep());
        assertTrue(java.isDataStep());
        assertFalse(new DropSequence("seq_orders").isDataStep());
        assertMisfit("execute needs SQL", () -> new ExecuteSql("  "));
    }

    @Test
    void describeNamesTheStep() {
        assertEquals("addColumn users.bio", new AddColumn("users", Fixtures.nullable("bio", Fixtures.TEXT)).describe());
        assertEquals("createForeignKey fk_x on shows", new CreateForeignKey("shows",
                new dev.retort.schema.ForeignKey("fk_x", List.of("a"), "users", List.of("id"), null)).describe());
        assertEquals("execute " + "x".repeat(57) + "...", new ExecuteSql("x".repeat(61)).describe());
        assertEquals("execute " + "x".repeat(60), new ExecuteSql("x".repeat(60)).describe());
        assertEquals("renameTable shows to programs", new RenameTable("Shows", "Programs").describe());
    }
}
