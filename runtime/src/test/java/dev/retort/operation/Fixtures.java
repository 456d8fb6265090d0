package dev.retort.operation;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;

/**
 * A small schema with every kind of object, written out literally so that expected schemas in the
 * tests do not depend on the code under test.
 */
final class Fixtures {

    static final SqlType INTEGER = SqlType.of(SqlType.Kind.INTEGER);
    static final SqlType BIGINT = SqlType.of(SqlType.Kind.BIGINT);
    static final SqlType TEXT = SqlType.of(SqlType.Kind.TEXT);

    static final Sequence SEQ_ORDERS = new Sequence("seq_orders", 1, 50);

    private Fixtures() {}

    static Column nullable(String name, SqlType type) {
        return new Column(name, type, true, null, false);
    }

    static Column notNull(String name, SqlType type) {
        return new Column(name, type, false, null, false);
    }

    static Table table(String name, List<Column> columns, PrimaryKey key, TableConstraint... constraints) {
        return Table.of(name, columns, key, List.of(constraints));
    }

    /** users: id (identity key), email (unique), name (default 'anon', indexed), bio, a check. */
    static Table users() {
        return usersWith(List.of(
                new Column("id", INTEGER, false, null, true),
                notNull("email", SqlType.varchar(255)),
                new Column("name", SqlType.varchar(100), true, new DefaultValue.Text("anon"), false),
                nullable("bio", TEXT)));
    }

    static Table usersWith(List<Column> columns) {
        return table("users", columns, PrimaryKey.of("id"),
                new UniqueConstraint("uk_users_email", List.of("email")),
                new Index("idx_users_name", List.of("name"), false),
                new CheckConstraint("ck_users_email", "email <> ''"));
    }

    /** shows: id key, title (indexed), created_by referencing users.id. */
    static Table shows() {
        return showsWith(List.of(notNull("id", BIGINT), notNull("title", TEXT), nullable("created_by", INTEGER)));
    }

    static Table showsWith(List<Column> columns) {
        return table("shows", columns, PrimaryKey.of("id"),
                new Index("idx_shows_title", List.of("title"), false),
                new ForeignKey("fk_shows_created_by", List.of("created_by"), "users", List.of("id"),
                        ReferentialAction.SET_NULL));
    }

    /** tags: a composite key, a foreign key to shows and a composite foreign key to itself. */
    static Table tags() {
        return table("tags", List.of(notNull("show_id", BIGINT), notNull("label", SqlType.varchar(50)),
                        nullable("parent_show", BIGINT), nullable("parent_label", SqlType.varchar(50))),
                PrimaryKey.of("show_id", "label"),
                new ForeignKey("fk_tags_show", List.of("show_id"), "shows", List.of("id"), ReferentialAction.CASCADE),
                new ForeignKey("fk_tags_parent", List.of("parent_show", "parent_label"), "tags",
                        List.of("show_id", "label"), ReferentialAction.NO_ACTION));
    }

    static Schema shop() {
        return Schema.of(users(), shows(), tags()).withSequence(SEQ_ORDERS);
    }

    /** The shop with one table replaced by another version of it. */
    static Schema shopWith(Table replaced) {
        Schema shop = shop();
        return new Schema(withEntry(shop.tables(), replaced.name(), replaced), shop.sequences());
    }

    static <V> Map<String, V> withEntry(Map<String, V> map, String key, V value) {
        java.util.LinkedHashMap<String, V> copy = new java.util.LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
