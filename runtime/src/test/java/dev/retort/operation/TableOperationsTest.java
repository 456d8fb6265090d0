package dev.retort.operation;

import static dev.retort.operation.Fixtures.BIGINT;
import static dev.retort.operation.Fixtures.INTEGER;
import static dev.retort.operation.Fixtures.SEQ_ORDERS;
import static dev.retort.operation.Fixtures.notNull;
import static dev.retort.operation.Fixtures.nullable;
import static dev.retort.operation.Fixtures.shop;
import static dev.retort.operation.Fixtures.table;
import static dev.retort.operation.Misfits.assertMisfit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableOperationsTest {

    private static Table orders(String fkName, String referencedColumn) {
        return table("orders", List.of(notNull("id", BIGINT), notNull("number", SqlType.varchar(20)),
                        nullable("user_id", INTEGER)),
                PrimaryKey.of("id"),
                new UniqueConstraint("uk_orders_number", List.of("number")),
                new ForeignKey(fkName, List.of("user_id"), "users", List.of(referencedColumn), null));
    }

    @Test
    void createTableAddsTheTableWithItsKeysAndConstraints() {
        Table orders = orders("fk_orders_user", "id");
        Schema after = new CreateTable(orders).applyTo(shop());
        assertEquals(new Schema(Map.of("users", Fixtures.users(), "shows", Fixtures.shows(),
                "tags", Fixtures.tags(), "orders", orders), Map.of("seq_orders", SEQ_ORDERS)), after);
    }

    @Test
    void createTableAcceptsAForeignKeyToItself() {
        Table nodes = table("nodes", List.of(notNull("id", INTEGER), nullable("parent", INTEGER)),
                PrimaryKey.of("id"),
                new ForeignKey("fk_nodes_parent", List.of("parent"), "nodes", List.of("id"), null));
        assertEquals(Schema.of(nodes), new CreateTable(nodes).applyTo(Schema.EMPTY));
    }

    @Test
    void createTableMisfits() {
        assertMisfit("table users already exists", new CreateTable(Fixtures.users()), shop());
        assertMisfit("index idx_users_name already exists on table users"
                        + " (index and constraint names are unique across the schema)",
                new CreateTable(table("orders", List.of(nullable("name", INTEGER)), null,
                        new Index("IDX_USERS_NAME", List.of("name"), false))), shop());
        assertMisfit("there is no table customers",
                new CreateTable(table("orders", List.of(nullable("customer", INTEGER)), null,
                        new ForeignKey("fk_orders_customer", List.of("customer"), "customers", List.of("id"), null))),
                shop());
        assertMisfit("table users has no column uid", new CreateTable(orders("fk_orders_user", "uid")), shop());
        assertMisfit("foreign key fk_orders_user references users (name), which is neither its primary key nor unique",
                new CreateTable(orders("fk_orders_user", "name")), shop());
    }

    @Test
    void dropTableRemovesATableThatOnlyReferencesItself() {
        Schema after = new DropTable("Tags").applyTo(shop());
        assertEquals(new Schema(Map.of("users", Fixtures.users(), "shows", Fixtures.shows()),
                Map.of("seq_orders", SEQ_ORDERS)), after);
    }

    @Test
    void dropTableMisfits() {
        assertMisfit("there is no table orders", new DropTable("orders"), shop());
        assertMisfit("table users is referenced by foreign key fk_shows_created_by on table shows:"
                + " drop that foreign key first", new DropTable("users"), shop());
    }

    @Test
    void renameTableKeepsEverythingAndRetargetsForeignKeys() {
        Schema after = new RenameTable("shows", "programs").applyTo(shop());
        Table programs = table("programs", Fixtures.shows().columns().values().stream().toList(), PrimaryKey.of("id"),
                new Index("idx_shows_title", List.of("title"), false),
                new ForeignKey("fk_shows_created_by", List.of("created_by"), "users", List.of("id"),
                        ReferentialAction.SET_NULL));
        Table tags = table("tags", Fixtures.tags().columns().values().stream().toList(),
                PrimaryKey.of("show_id", "label"),
                new ForeignKey("fk_tags_show", List.of("show_id"), "programs", List.of("id"),
                        ReferentialAction.CASCADE),
                new ForeignKey("fk_tags_parent", List.of("parent_show", "parent_label"), "tags",
                        List.of("show_id", "label"), null));
        assertEquals(new Schema(Map.of("users", Fixtures.users(), "programs", programs, "tags", tags),
                Map.of("seq_orders", SEQ_ORDERS)), after);
        assertEquals(List.of("users", "programs", "tags"), List.copyOf(after.tables().keySet()));
    }

    @Test
    void renameTableRetargetsItsOwnSelfReference() {
        Schema after = new RenameTable("tags", "labels").applyTo(shop());
        Table labels = table("labels", Fixtures.tags().columns().values().stream().toList(),
                PrimaryKey.of("show_id", "label"),
                new ForeignKey("fk_tags_show", List.of("show_id"), "shows", List.of("id"),
                        ReferentialAction.CASCADE),
                new ForeignKey("fk_tags_parent", List.of("parent_show", "parent_label"), "labels",
                        List.of("show_id", "label"), null));
        assertEquals(Fixtures.shop().withoutTable("tags").withTable(labels), after);
    }

    @Test
    void renameTableMisfits() {
        assertMisfit("there is no table orders", new RenameTable("orders", "purchases"), shop());
        assertMisfit("table shows already exists", new RenameTable("users", "Shows"), shop());
        assertMisfit("table users already exists", new RenameTable("users", "users"), shop());
    }
}
