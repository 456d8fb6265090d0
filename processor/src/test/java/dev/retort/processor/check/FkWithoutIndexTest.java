package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.warning;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class FkWithoutIndexTest {

    private static final String ORDERS = "op.createTable(\"orders\", column(\"id\", BIGINT).primaryKey(),"
            + " column(\"user_id\", BIGINT).notNull());";
    private static final String FK = "op.createForeignKey(\"fk_orders_user\", \"orders\", \"user_id\", \"users\", \"id\");";

    @Test
    void aForeignKeyWithoutIndexIsAWarningOnIt() {
        JavaFileObject source = change("CreateOrders", "", List.of(ORDERS, FK), List.of(
                "op.dropForeignKey(\"fk_orders_user\", \"orders\");", "op.dropTable(\"orders\");"));
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                warning(source, 12, 28, "[retort:fk-without-index] foreign key fk_orders_user on orders (user_id) has"
                        + " no index that starts with its columns, so each delete in users scans orders:\n  declare the"
                        + " index in the model, @Table(indexes = @Index(columnList = \"user_id\")) on the entity of"
                        + " orders, and the skeleton creates it; without an entity, add"
                        + " op.createIndex(\"idx_orders_user_id\", \"orders\", \"user_id\")."),
                NO_ENTITY);
    }

    @Test
    void anIndexLaterInTheMigrationCounts() {
        JavaFileObject source = change("CreateOrders", "", List.of(ORDERS, FK,
                "op.createIndex(\"idx_orders_user\", \"orders\", \"user_id\", \"id\");"), List.of(
                "op.dropIndex(\"idx_orders_user\", \"orders\");",
                "op.dropForeignKey(\"fk_orders_user\", \"orders\");", "op.dropTable(\"orders\");"));
        assertReported(compile(createUsers(), source), NO_ENTITY);
    }

    @Test
    void anIndexThatDoesNotStartWithTheColumnsDoesNot() {
        JavaFileObject source = change("CreateOrders", "", List.of(ORDERS, FK,
                "op.createIndex(\"idx_orders_id_user\", \"orders\", \"id\", \"user_id\");"), List.of(
                "op.dropIndex(\"idx_orders_id_user\", \"orders\");",
                "op.dropForeignKey(\"fk_orders_user\", \"orders\");", "op.dropTable(\"orders\");"));
        assertReported(compile(createUsers(), source),
                warning(source, 12, 28, "[retort:fk-without-index] foreign key fk_orders_user on orders (user_id) has"
                        + " no index that starts with its columns, so each delete in users scans orders: add"
                        + " op.createIndex(\"idx_orders_user_id\", \"orders\", \"user_id\")."),
                NO_ENTITY);
    }

    @Test
    void droppingTheLastIndexOfAForeignKeyIsAWarningOnTheDrop() {
        JavaFileObject orders = change("CreateOrders", "", List.of(ORDERS, FK,
                "op.createIndex(\"idx_orders_user\", \"orders\", \"user_id\");"), List.of(
                "op.dropIndex(\"idx_orders_user\", \"orders\");",
                "op.dropForeignKey(\"fk_orders_user\", \"orders\");", "op.dropTable(\"orders\");"));
        JavaFileObject drop = dev.retort.processor.Fixtures.migration("DropIndex",
                "@Migration(id = \"c3\", revises = \"b2\", description = \"drop index\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.dropIndexOnline(\"idx_orders_user\", \"orders\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.createIndexOnline(\"idx_orders_user\", \"orders\", \"user_id\");",
                "    }");
        Compilation compilation = compile(createUsers(), orders, drop);
        assertReported(compilation,
                warning(drop, 11, 27, "[retort:fk-without-index] dropIndexOnline idx_orders_user on orders leaves"
                        + " foreign key fk_orders_user (user_id) with no index that starts with its columns, so each"
                        + " delete in users scans orders: keep an index on (user_id)."),
                NO_ENTITY);
    }
}
