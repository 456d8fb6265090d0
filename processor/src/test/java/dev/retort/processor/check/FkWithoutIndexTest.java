package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;

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
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[retort:fk-without-index] foreign key fk_orders_user on orders"
                + " (user_id) has no index that starts with its columns, so each delete in users scans orders:\n  declare"
                + " the index in the model, @Table(indexes = @Index(columnList = \"user_id\")) on the entity of orders,"
                + " and the skeleton creates it; without an entity, add op.createIndex(\"idx_orders_user_id\","
                + " \"orders\", \"user_id\").").inFile(source).onLine(12);
    }

    @Test
    void anIndexLaterInTheMigrationCounts() {
        JavaFileObject source = change("CreateOrders", "", List.of(ORDERS, FK,
                "op.createIndex(\"idx_orders_user\", \"orders\", \"user_id\", \"id\");"), List.of(
                "op.dropIndex(\"idx_orders_user\", \"orders\");",
                "op.dropForeignKey(\"fk_orders_user\", \"orders\");", "op.dropTable(\"orders\");"));
        assertThat(compile(createUsers(), source)).succeededWithoutWarnings();
    }

    @Test
    void anIndexThatDoesNotStartWithTheColumnsDoesNot() {
        JavaFileObject source = change("CreateOrders", "", List.of(ORDERS, FK,
                "op.createIndex(\"idx_orders_id_user\", \"orders\", \"id\", \"user_id\");"), List.of(
                "op.dropIndex(\"idx_orders_id_user\", \"orders\");",
                "op.dropForeignKey(\"fk_orders_user\", \"orders\");", "op.dropTable(\"orders\");"));
        assertThat(compile(createUsers(), source)).hadWarningContaining("[retort:fk-without-index]").inFile(source)
                .onLine(12);
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
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[retort:fk-without-index] dropIndexOnline idx_orders_user on orders"
                + " leaves foreign key fk_orders_user (user_id) with no index that starts with its columns, so each"
                + " delete in users scans orders: keep an index on (user_id).").inFile(drop).onLine(11);
    }
}
