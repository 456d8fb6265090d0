package dev.retort.operation;

import static dev.retort.operation.Fixtures.nullable;
import static dev.retort.operation.Fixtures.shop;
import static dev.retort.operation.Fixtures.shopWith;
import static dev.retort.operation.Fixtures.table;
import static dev.retort.operation.Misfits.assertMisfit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintOperationsTest {

    private static final List<Column> USER_COLUMNS = List.copyOf(Fixtures.users().columns().values());

    private static Table users(TableConstraint... constraints) {
        return table("users", USER_COLUMNS, PrimaryKey.of("id"), constraints);
    }

    private static final UniqueConstraint UK_EMAIL = new UniqueConstraint("uk_users_email", List.of("email"));
    private static final Index IDX_NAME = new Index("idx_users_name", List.of("name"), false);
    private static final CheckConstraint CK_EMAIL = new CheckConstraint("ck_users_email", "email <> ''");

    @Test
    void createIndexAndUniqueIndex() {
        Index bio = new Index("Idx_Users_Bio", List.of("BIO"), false);
        assertEquals(shopWith(users(UK_EMAIL, IDX_NAME, CK_EMAIL, new Index("idx_users_bio", List.of("bio"), false))),
                new CreateIndex("users", bio).applyTo(shop()));
        Index unique = new Index("ux_users_name_email", List.of("name", "email"), true);
        assertEquals(shopWith(users(UK_EMAIL, IDX_NAME, CK_EMAIL, unique)),
                new CreateIndex("users", unique).applyTo(shop()));
    }

    @Test
    void dropIndex() {
        assertEquals(shopWith(users(UK_EMAIL, CK_EMAIL)), new DropIndex("users", "IDX_USERS_NAME").applyTo(shop()));
    }

    @Test
    void createAndDropUniqueConstraint() {
        UniqueConstraint name = new UniqueConstraint("uk_users_name", List.of("name"));
        assertEquals(shopWith(users(UK_EMAIL, IDX_NAME, CK_EMAIL, name)),
                new CreateUniqueConstraint("users", name).applyTo(shop()));
        assertEquals(shopWith(users(IDX_NAME, CK_EMAIL)),
                new DropUniqueConstraint("users", "uk_users_email").applyTo(shop()));
    }

    @Test
    void createAndDropCheck() {
        CheckConstraint positive = new CheckConstraint("ck_users_id", "  id > 0 ");
        assertEquals(shopWith(users(UK_EMAIL, IDX_NAME, CK_EMAIL, new CheckConstraint("ck_users_id", "id > 0"))),
                new CreateCheck("users", positive).applyTo(shop()));
        assertEquals(shopWith(users(UK_EMAIL, IDX_NAME)), new DropCheck("users", "ck_users_email").applyTo(shop()));
    }

    @Test
    void createForeignKeyToAPrimaryKeyAUniqueConstraintOrAUniqueIndex() {
        Schema withColumn = new AddColumn("users", nullable("referrer", SqlType.varchar(255))).applyTo(shop());
        ForeignKey toUnique = new ForeignKey("fk_users_referrer", List.of("referrer"), "users", List.of("email"),
                ReferentialAction.SET_NULL);
        Schema after = new CreateForeignKey("users", toUnique).applyTo(withColumn);
        List<Column> columns = new ArrayList<>(USER_COLUMNS);
        columns.add(nullable("referrer", SqlType.varchar(255)));
        assertEquals(shopWith(table("users", columns, PrimaryKey.of("id"), UK_EMAIL, IDX_NAME, CK_EMAIL, toUnique)),
                after);

        Schema uniqueIndex = new CreateIndex("users", new Index("ux_users_name", List.of("name"), true))
                .applyTo(withColumn);
        ForeignKey toIndex = new ForeignKey("fk_users_referrer", List.of("referrer"), "users", List.of("name"), null);
        assertEquals(toIndex, new CreateForeignKey("users", toIndex).applyTo(uniqueIndex)
                .requireTable("users").constraint("fk_users_referrer").orElseThrow());
    }

    @Test
    void createCompositeForeignKey() {
        Table notes = table("notes", List.of(nullable("show_id", Fixtures.BIGINT), nullable("tag", SqlType.varchar(50))),
                null);
        ForeignKey fk = new ForeignKey("fk_notes_tag", List.of("show_id", "tag"), "tags", List.of("show_id", "label"),
                ReferentialAction.CASCADE);
        Schema before = new CreateTable(notes).applyTo(shop());
        assertEquals(new CreateTable(table("notes", List.copyOf(notes.columns().values()), null, fk)).applyTo(shop()),
                new CreateForeignKey("notes", fk).applyTo(before));
    }

    @Test
    void dropForeignKey() {
        Table shows = table("shows", List.copyOf(Fixtures.shows().columns().values()), PrimaryKey.of("id"),
                new Index("idx_shows_title", List.of("title"), false));
        assertEquals(shopWith(shows), new DropForeignKey("shows", "fk_shows_created_by").applyTo(shop()));
    }

    @Test
    void createMisfits() {
        assertMisfit("there is no table orders", new CreateIndex("orders", IDX_NAME), shop());
        assertMisfit("table users has no column age",
                new CreateIndex("users", new Index("idx_users_age", List.of("age"), false)), shop());
        assertMisfit("index idx_shows_title already exists on table shows"
                        + " (index and constraint names are unique across the schema)",
                new CreateUniqueConstraint("users", new UniqueConstraint("idx_shows_title", List.of("name"))), shop());
        assertMisfit("unique constraint uk_users_email already exists on table users"
                        + " (index and constraint names are unique across the schema)",
                new CreateCheck("users", new CheckConstraint("uk_users_email", "id > 0")), shop());
        assertMisfit("foreign key fk_tags_show already exists on table tags"
                        + " (index and constraint names are unique across the schema)",
                new CreateIndex("shows", new Index("fk_tags_show", List.of("title"), false)), shop());
        assertMisfit("foreign key fk_x references users (name), which is neither its primary key nor unique",
                new CreateForeignKey("shows", new ForeignKey("fk_x", List.of("title"), "users", List.of("name"), null)),
                shop());
        assertMisfit("there is no table people",
                new CreateForeignKey("shows", new ForeignKey("fk_x", List.of("title"), "people", List.of("id"), null)),
                shop());
        assertMisfit("table users has no column uid",
                new CreateForeignKey("shows", new ForeignKey("fk_x", List.of("title"), "users", List.of("uid"), null)),
                shop());
        assertMisfit("table shows has no column author",
                new CreateForeignKey("shows", new ForeignKey("fk_x", List.of("author"), "users", List.of("id"), null)),
                shop());
        assertMisfit("foreign key fk_x has 2 columns but references 1",
                () -> new ForeignKey("fk_x", List.of("a", "b"), "users", List.of("id"), null));
        assertMisfit("index idx_x names a column twice: [a, a]",
                () -> new Index("idx_x", List.of("a", "A"), false));
        assertMisfit("check ck_x has no expression", () -> new CheckConstraint("ck_x", " "));
    }

    @Test
    void dropMisfits() {
        assertMisfit("there is no table orders", new DropIndex("orders", "idx_users_name"), shop());
        assertMisfit("table users has no index idx_shows_title", new DropIndex("users", "idx_shows_title"), shop());
        assertMisfit("table users has no check ck_x", new DropCheck("users", "ck_x"), shop());
        assertMisfit("table users has no foreign key fk_x", new DropForeignKey("users", "fk_x"), shop());
        assertMisfit("table users has no unique constraint uk_x", new DropUniqueConstraint("users", "uk_x"), shop());
        assertMisfit("uk_users_email on table users is a unique constraint, not an index",
                new DropIndex("users", "uk_users_email"), shop());
        assertMisfit("idx_users_name on table users is an index, not a unique constraint",
                new DropUniqueConstraint("users", "idx_users_name"), shop());
        assertMisfit("ck_users_email on table users is a check, not a foreign key",
                new DropForeignKey("users", "ck_users_email"), shop());
        assertMisfit("fk_shows_created_by on table shows is a foreign key, not a check",
                new DropCheck("shows", "fk_shows_created_by"), shop());
    }

    @Test
    void aUniqueKeyAForeignKeyReliesOnCannotBeDropped() {
        Schema referenced = new CreateForeignKey("shows",
                new ForeignKey("fk_shows_owner", List.of("title"), "users", List.of("email"), null)).applyTo(shop());
        assertMisfit("unique constraint uk_users_email is referenced by foreign key fk_shows_owner on table shows:"
                + " drop that foreign key first", new DropUniqueConstraint("users", "uk_users_email"), referenced);

        Schema byIndex = new CreateForeignKey("shows",
                new ForeignKey("fk_shows_owner", List.of("title"), "users", List.of("name"), null))
                .applyTo(new CreateIndex("users", new Index("ux_users_name", List.of("name"), true)).applyTo(shop()));
        assertMisfit("unique index ux_users_name is referenced by foreign key fk_shows_owner on table shows:"
                + " drop that foreign key first", new DropIndex("users", "ux_users_name"), byIndex);
    }

    @Test
    void aUniqueKeyMayBeDroppedWhileAnotherKeyOfTheSameColumnsRemains() {
        Schema twice = new CreateForeignKey("shows",
                new ForeignKey("fk_shows_owner", List.of("title"), "users", List.of("email"), null))
                .applyTo(new CreateIndex("users", new Index("ux_users_email", List.of("email"), true)).applyTo(shop()));
        Schema after = new DropUniqueConstraint("users", "uk_users_email").applyTo(twice);
        assertEquals(twice.requireTable("users").withoutConstraint("uk_users_email"), after.requireTable("users"));
    }
}
