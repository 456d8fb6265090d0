package dev.retort.sql;

import static dev.retort.migration.Dsl.BIGINT;
import static dev.retort.migration.Dsl.BLOB;
import static dev.retort.migration.Dsl.BOOLEAN;
import static dev.retort.migration.Dsl.CASCADE;
import static dev.retort.migration.Dsl.CLOB;
import static dev.retort.migration.Dsl.CURRENT_TIMESTAMP;
import static dev.retort.migration.Dsl.DATE;
import static dev.retort.migration.Dsl.DOUBLE;
import static dev.retort.migration.Dsl.INTEGER;
import static dev.retort.migration.Dsl.REAL;
import static dev.retort.migration.Dsl.RESTRICT;
import static dev.retort.migration.Dsl.SET_NULL;
import static dev.retort.migration.Dsl.SMALLINT;
import static dev.retort.migration.Dsl.TEXT;
import static dev.retort.migration.Dsl.TIME;
import static dev.retort.migration.Dsl.TIMESTAMP;
import static dev.retort.migration.Dsl.TIMESTAMP_TZ;
import static dev.retort.migration.Dsl.TINYINT;
import static dev.retort.migration.Dsl.UUID;
import static dev.retort.migration.Dsl.character;
import static dev.retort.migration.Dsl.column;
import static dev.retort.migration.Dsl.numeric;
import static dev.retort.migration.Dsl.time;
import static dev.retort.migration.Dsl.varbinary;
import static dev.retort.migration.Dsl.varchar;

import dev.retort.migration.RecordingOps;
import dev.retort.operation.Operation;
import java.sql.PreparedStatement;
import java.util.List;

/** A scripted sequence that uses every kind of operation, each on a schema where it fits. */
final class EveryOperation {

    private EveryOperation() {}

    static List<Operation> script() {
        RecordingOps op = new RecordingOps();
        op.createTable("users",
                column("id", BIGINT).primaryKey().identity(),
                column("email", varchar(255)).notNull().unique(),
                column("name", varchar(100)).defaultValue("it's anon"),
                column("active", BOOLEAN).notNull().defaultValue(true),
                column("created_at", TIMESTAMP).defaultNow(),
                column("score", numeric(10, 2)).defaultValue(new java.math.BigDecimal("1.50")),
                column("level", INTEGER).notNull().defaultValue(-1));
        op.createTable("shows",
                column("id", INTEGER).primaryKey(),
                column("title", TEXT),
                column("rating", REAL),
                column("price", DOUBLE),
                column("code", character(3)),
                column("starts", DATE),
                column("at", TIME),
                column("clock", time(6)),
                column("tz", TIMESTAMP_TZ),
                column("ref", UUID),
                column("small", SMALLINT),
                column("tiny", TINYINT),
                column("payload", varbinary(16)),
                column("big", BLOB),
                column("notes", CLOB),
                column("owner_id", BIGINT));
        op.addColumn("shows", column("created_by", INTEGER));
        op.createIndex("idx_shows_created_by", "shows", "created_by");
        op.createForeignKey("fk_shows_owner", "shows", "owner_id", "users", "id", CASCADE);
        op.createUniqueConstraint("uk_shows_code", "shows", "code", "starts");
        op.createCheck("ck_shows_rating", "shows", "rating >= 0 AND price < 1000");
        op.setDefault("shows", "title", "untitled");
        op.dropDefault("shows", "title");
        op.setDefault("shows", "price", 9.5);
        op.setDefault("shows", "tz", CURRENT_TIMESTAMP);
        op.setNotNull("shows", "title");
        op.dropNotNull("shows", "title");
        op.setNotNullSafely("shows", "title");
        op.dropNotNull("shows", "title");
        op.alterColumnType("shows", "created_by", BIGINT);
        op.alterColumnType("shows", "code", varchar(12));
        op.renameColumn("shows", "created_by", "author_id");
        op.renameColumn("shows", "rating", "stars");
        op.renameTable("shows", "programmes");
        op.createUniqueIndex("idx_programmes_ref", "programmes", "ref");
        op.createIndex("idx_programmes_multi", "programmes", "starts", "price");
        op.createIndexOnline("idx_programmes_code", "programmes", "code");
        op.createUniqueIndexOnline("idx_programmes_ref_online", "programmes", "ref");
        op.dropIndex("idx_programmes_ref", "programmes");
        op.dropIndexOnline("idx_programmes_multi", "programmes");
        op.createUniqueIndexOnline("ux_programmes_clock", "programmes", "clock");
        op.createUniqueConstraintUsingIndex("uk_programmes_clock", "programmes", "ux_programmes_clock");
        op.createCheckNotValid("ck_programmes_price", "programmes", "price >= 0");
        op.validateConstraint("ck_programmes_price", "programmes");
        op.execute("INSERT INTO users (email) VALUES ('a@example.com')");
        op.run(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO users (email) VALUES (?)")) {
                insert.setString(1, "b@example.com");
                insert.executeUpdate();
            }
        });
        op.createTable("order",
                column("id", INTEGER).notNull(),
                column("user", varchar(10)).notNull(),
                column("value", INTEGER));
        op.addPrimaryKey("order", "id");
        op.setIdentity("order", "id");
        op.dropIdentity("order", "id");
        op.renameColumn("order", "user", "buyer");
        op.createForeignKey("fk_order_programme", "order", "value", "programmes", "id", SET_NULL);
        op.dropForeignKey("fk_order_programme", "order");
        op.dropPrimaryKey("order");
        op.createUniqueIndexOnline("ux_order_id", "order", "id");
        op.addPrimaryKeyUsingIndex("order", "ux_order_id");
        op.createForeignKeyNotValid("fk_order_programme_nv", "order", "value", "programmes", "id", SET_NULL);
        op.validateConstraint("fk_order_programme_nv", "order");
        op.dropForeignKey("fk_order_programme_nv", "order");
        op.createSequence("seq_orders", 100, 5);
        op.createSequence("seq_down", 10, -1);
        op.dropSequence("seq_orders");
        op.dropCheck("ck_shows_rating", "programmes");
        op.dropUniqueConstraint("uk_shows_code", "programmes");
        op.dropForeignKey("fk_shows_owner", "programmes");
        op.createForeignKey("fk_programmes_author", "programmes", "author_id", "users", "id", RESTRICT);
        // The foreign key now relies on idx_shows_created_by (MariaDB must keep it an index).
        op.dropIndex("idx_shows_created_by", "programmes");
        op.createForeignKey("fk_programmes_owner", "programmes", "owner_id", "users", "id");
        op.dropColumn("programmes", "tiny");
        // To and from PostgreSQL's large objects (oid), which hold BLOB and CLOB there.
        op.alterColumnType("programmes", "payload", BLOB);
        op.alterColumnType("programmes", "notes", TEXT);
        op.alterColumnType("programmes", "title", CLOB);
        op.alterColumnType("programmes", "big", varbinary(64));
        op.dropForeignKey("fk_programmes_author", "programmes");
        // A reserved word quoted where the column was created, and so where the check names it. (Last on
        // the table: MariaDB re-reads its checks on every ALTER, and cannot parse one naming `value`.)
        op.createCheck("ck_order_value", "order", "value >= 0");
        op.dropTable("order");
        op.renameTable("users", "accounts");
        op.createTable("tags",
                column("id", INTEGER).primaryKey().identity(),
                column("label", varchar(20)).notNull().unique(),
                column("account_id", BIGINT));
        op.createCheck("ck_tags_label", "tags", "label <> ''");
        // PostgreSQL keeps these as ((account_id >= 0) AND (account_id <= 100)) and (account_id <> ALL (ARRAY[...])).
        op.createCheck("ck_tags_account", "tags", "account_id between 0 and 100 and (account_id not in (13, 42) or label = 'x')");
        op.renameColumn("tags", "label", "name");
        op.dropCheck("ck_tags_label", "tags");
        op.dropTable("tags");
        return op.operations();
    }
}
