package dev.retort.operation;

import static dev.retort.operation.Fixtures.INTEGER;
import static dev.retort.operation.Fixtures.TEXT;
import static dev.retort.operation.Fixtures.notNull;
import static dev.retort.operation.Fixtures.nullable;
import static dev.retort.operation.Fixtures.shop;
import static dev.retort.operation.Fixtures.table;
import static dev.retort.operation.Misfits.assertMisfit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyOperationsTest {

    private static Table notes(PrimaryKey key) {
        return table("notes", List.of(notNull("id", INTEGER), notNull("lang", TEXT), nullable("body", TEXT)), key);
    }

    @Test
    void addPrimaryKeyOverNotNullColumns() {
        assertEquals(Schema.of(notes(PrimaryKey.of("id", "lang"))),
                new AddPrimaryKey("Notes", PrimaryKey.of("ID", "Lang")).applyTo(Schema.of(notes(null))));
    }

    @Test
    void addPrimaryKeyMisfits() {
        assertMisfit("table users already has a primary key (id)", new AddPrimaryKey("users", PrimaryKey.of("email")),
                shop());
        assertMisfit("primary key column notes.body must be NOT NULL",
                new AddPrimaryKey("notes", PrimaryKey.of("body")), Schema.of(notes(null)));
        assertMisfit("table notes has no column title for its primary key",
                new AddPrimaryKey("notes", PrimaryKey.of("title")), Schema.of(notes(null)));
        assertMisfit("there is no table orders", new AddPrimaryKey("orders", PrimaryKey.of("id")), shop());
    }

    @Test
    void dropPrimaryKeyKeepsItsColumnsNotNull() {
        assertEquals(Schema.of(notes(null)), new DropPrimaryKey("notes").applyTo(Schema.of(notes(PrimaryKey.of("id")))));
    }

    @Test
    void dropPrimaryKeyIsAllowedWhileAUniqueConstraintStillBacksTheForeignKeys() {
        Schema backed = new CreateUniqueConstraint("users", new UniqueConstraint("uk_users_id", List.of("id")))
                .applyTo(shop());
        Schema after = new DropPrimaryKey("users").applyTo(backed);
        assertEquals(backed.withTable(backed.requireTable("users").withPrimaryKey(null)), after);
    }

    @Test
    void dropPrimaryKeyMisfits() {
        assertMisfit("table notes has no primary key", new DropPrimaryKey("notes"), Schema.of(notes(null)));
        assertMisfit("the primary key of users is referenced by foreign key fk_shows_created_by on table shows:"
                + " drop that foreign key first", new DropPrimaryKey("users"), shop());
        assertMisfit("the primary key of tags is referenced by foreign key fk_tags_parent on table tags:"
                + " drop that foreign key first", new DropPrimaryKey("tags"), shop());
    }

    @Test
    void aForeignKeyMustReferenceTheKeyColumnsInKeyOrder() {
        ForeignKey reversed = new ForeignKey("fk_x", List.of("parent_label", "parent_show"), "tags",
                List.of("label", "show_id"), null);
        assertMisfit("foreign key fk_x references tags (label, show_id), which is neither its primary key nor unique",
                new CreateForeignKey("tags", reversed), shop());
    }
}
