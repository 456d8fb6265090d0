package dev.retort.operation;

import static dev.retort.operation.Fixtures.BIGINT;
import static dev.retort.operation.Fixtures.INTEGER;
import static dev.retort.operation.Fixtures.TEXT;
import static dev.retort.operation.Fixtures.notNull;
import static dev.retort.operation.Fixtures.nullable;
import static dev.retort.operation.Fixtures.shop;
import static dev.retort.operation.Fixtures.shopWith;
import static dev.retort.operation.Fixtures.table;
import static dev.retort.operation.Misfits.assertMisfit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnOperationsTest {

    private static final Column ID = new Column("id", INTEGER, false, null, true);
    private static final Column EMAIL = notNull("email", SqlType.varchar(255));
    private static final Column NAME = new Column("name", SqlType.varchar(100), true, new DefaultValue.Text("anon"), false);
    private static final Column BIO = nullable("bio", TEXT);

    private static Schema usersWith(Column... columns) {
        return shopWith(Fixtures.usersWith(List.of(columns)));
    }

    @Test
    void addColumnAppendsIt() {
        Column age = new Column("Age", SqlType.of(SqlType.Kind.SMALLINT), false, new DefaultValue.Number(BigDecimal.ONE), false);
        Schema after = new AddColumn("USERS", age).applyTo(shop());
        assertEquals(usersWith(ID, EMAIL, NAME, BIO, age), after);
        assertEquals(List.of("id", "email", "name", "bio", "age"),
                List.copyOf(after.requireTable("users").columns().keySet()));
    }

    @Test
    void addColumnMisfits() {
        assertMisfit("there is no table orders", new AddColumn("orders", BIO), shop());
        assertMisfit("table users already has a column email", new AddColumn("users", nullable("EMAIL", TEXT)), shop());
    }

    @Test
    void dropColumnRemovesIt() {
        assertEquals(usersWith(ID, EMAIL, NAME), new DropColumn("users", "bio").applyTo(shop()));
    }

    @Test
    void dropColumnMisfits() {
        assertMisfit("there is no table orders", new DropColumn("orders", "id"), shop());
        assertMisfit("table users has no column age", new DropColumn("users", "age"), shop());
        assertMisfit("column users.id is referenced by foreign key fk_shows_created_by on table shows:"
                + " drop that foreign key first", new DropColumn("users", "id"), shop());
        assertMisfit("column tags.label is referenced by foreign key fk_tags_parent on table tags:"
                + " drop that foreign key first", new DropColumn("tags", "label"), shop());
        assertMisfit("column shows.id is referenced by foreign key fk_tags_show on table tags:"
                + " drop that foreign key first", new DropColumn("shows", "id"), shop());
        Schema unreferenced = shop().withoutTable("tags");
        assertMisfit("column shows.id is part of the primary key: drop the primary key first",
                new DropColumn("shows", "id"), unreferenced);
        assertMisfit("column users.name is used by index idx_users_name: drop it first",
                new DropColumn("users", "name"), shop());
        assertMisfit("column users.email is used by unique constraint uk_users_email: drop it first",
                new DropColumn("users", "email"), shop());
        assertMisfit("column shows.created_by is used by foreign key fk_shows_created_by: drop it first",
                new DropColumn("shows", "created_by"), shop());
        assertMisfit("column notes.body is the table's only column: drop the table instead",
                new DropColumn("notes", "body"), Schema.of(table("notes", List.of(nullable("body", TEXT)), null)));
    }

    @Test
    void renameColumnRenamesItInTheKeyIndexesAndReferencingForeignKeys() {
        Schema after = new RenameColumn("users", "id", "user_id").applyTo(shop());
        Table users = table("users", List.of(new Column("user_id", INTEGER, false, null, true), EMAIL, NAME, BIO),
                PrimaryKey.of("user_id"),
                new UniqueConstraint("uk_users_email", List.of("email")),
                new Index("idx_users_name", List.of("name"), false),
                new CheckConstraint("ck_users_email", "email <> ''"));
        Table shows = table("shows", Fixtures.shows().columns().values().stream().toList(), PrimaryKey.of("id"),
                new Index("idx_shows_title", List.of("title"), false),
                new ForeignKey("fk_shows_created_by", List.of("created_by"), "users", List.of("user_id"),
                        ReferentialAction.SET_NULL));
        assertEquals(shop().withTable(users).withTable(shows), after);
        assertEquals(List.of("user_id", "email", "name", "bio"),
                List.copyOf(after.requireTable("users").columns().keySet()));
    }

    @Test
    void renameColumnFollowsASelfReferencingCompositeKey() {
        Schema after = new RenameColumn("tags", "label", "name").applyTo(shop());
        Table tags = table("tags", List.of(notNull("show_id", BIGINT), notNull("name", SqlType.varchar(50)),
                        nullable("parent_show", BIGINT), nullable("parent_label", SqlType.varchar(50))),
                PrimaryKey.of("show_id", "name"),
                new ForeignKey("fk_tags_show", List.of("show_id"), "shows", List.of("id"), ReferentialAction.CASCADE),
                new ForeignKey("fk_tags_parent", List.of("parent_show", "parent_label"), "tags",
                        List.of("show_id", "name"), null));
        assertEquals(shopWith(tags), after);
    }

    @Test
    void renameColumnRenamesItInUniqueConstraintsAndIndexes() {
        Schema after = new RenameColumn("users", "email", "mail").applyTo(new RenameColumn("users", "name", "nick")
                .applyTo(shop()));
        Table users = table("users", List.of(ID, notNull("mail", SqlType.varchar(255)),
                        new Column("nick", SqlType.varchar(100), true, new DefaultValue.Text("anon"), false), BIO),
                PrimaryKey.of("id"),
                new UniqueConstraint("uk_users_email", List.of("mail")),
                new Index("idx_users_name", List.of("nick"), false),
                new CheckConstraint("ck_users_email", "mail <> ''"));
        assertEquals(shopWith(users), after);
    }

    @Test
    void renameColumnMisfits() {
        assertMisfit("there is no table orders", new RenameColumn("orders", "a", "b"), shop());
        assertMisfit("table users has no column age", new RenameColumn("users", "age", "years"), shop());
        assertMisfit("table users already has a column email", new RenameColumn("users", "name", "email"), shop());
    }

    @Test
    void alterColumnTypeChangesOnlyTheType() {
        assertEquals(usersWith(ID, EMAIL, NAME, nullable("bio", SqlType.varchar(4000))),
                new AlterColumnType("users", "bio", SqlType.varchar(4000)).applyTo(shop()));
    }

    @Test
    void alterColumnTypeMisfits() {
        assertMisfit("column users.email already has type varchar(255)",
                new AlterColumnType("users", "email", SqlType.varchar(255)), shop());
        assertMisfit("table users has no column age", new AlterColumnType("users", "age", TEXT), shop());
        assertMisfit("alterColumnType users.bio needs a type", () -> new AlterColumnType("users", "bio", null));
    }

    @Test
    void setNotNullAndDropNotNull() {
        assertEquals(usersWith(ID, EMAIL, NAME, notNull("bio", TEXT)), new SetNotNull("users", "bio").applyTo(shop()));
        assertEquals(usersWith(ID, nullable("email", SqlType.varchar(255)), NAME, BIO),
                new DropNotNull("users", "email").applyTo(shop()));
    }

    @Test
    void notNullMisfits() {
        assertMisfit("column users.email is already NOT NULL", new SetNotNull("users", "email"), shop());
        assertMisfit("column users.bio is already nullable", new DropNotNull("users", "bio"), shop());
        assertMisfit("column users.id is part of the primary key and cannot be nullable",
                new DropNotNull("users", "id"), shop());
        assertMisfit("table users has no column age", new SetNotNull("users", "age"), shop());
        assertMisfit("table users has no column age", new DropNotNull("users", "age"), shop());
        assertMisfit("there is no table orders", new DropNotNull("orders", "id"), shop());
    }

    @Test
    void setDefaultSetsOrReplacesItAndDropDefaultRemovesIt() {
        DefaultValue now = new DefaultValue.CurrentTimestamp();
        assertEquals(usersWith(ID, EMAIL, NAME, new Column("bio", TEXT, true, now, false)),
                new SetDefault("users", "bio", now).applyTo(shop()));
        assertEquals(usersWith(ID, EMAIL, NAME.withDefault(new DefaultValue.Text("nobody")), BIO),
                new SetDefault("users", "name", new DefaultValue.Text("nobody")).applyTo(shop()));
        assertEquals(usersWith(ID, EMAIL, nullable("name", SqlType.varchar(100)), BIO),
                new DropDefault("users", "name").applyTo(shop()));
    }

    @Test
    void defaultMisfits() {
        assertMisfit("column users.name already defaults to 'anon'",
                new SetDefault("users", "name", new DefaultValue.Text("anon")), shop());
        assertMisfit("column users.bio has no default", new DropDefault("users", "bio"), shop());
        assertMisfit("setDefault users.bio needs a value: use dropDefault", () -> new SetDefault("users", "bio", null));
        assertMisfit("table users has no column age", new DropDefault("users", "age"), shop());
    }

    @Test
    void setIdentityAndDropIdentity() {
        Schema unkeyed = shop();
        assertEquals(usersWith(new Column("id", INTEGER, false, null, false), EMAIL, NAME, BIO),
                new DropIdentity("users", "id").applyTo(unkeyed));
        Schema shows = new SetIdentity("shows", "id").applyTo(shop());
        assertEquals(Fixtures.showsWith(List.of(new Column("id", BIGINT, false, null, true), notNull("title", TEXT),
                nullable("created_by", INTEGER))), shows.requireTable("shows"));
    }

    @Test
    void identityMisfits() {
        assertMisfit("column users.id is already an identity column", new SetIdentity("users", "id"), shop());
        assertMisfit("column users.email is not an identity column", new DropIdentity("users", "email"), shop());
        assertMisfit("table users has no column age", new SetIdentity("users", "age"), shop());
    }
}
