package dev.retort.operation;

import static dev.retort.operation.Fixtures.INTEGER;
import static dev.retort.operation.Fixtures.TEXT;
import static dev.retort.operation.Fixtures.notNull;
import static dev.retort.operation.Fixtures.nullable;
import static dev.retort.operation.Fixtures.shop;
import static dev.retort.operation.Fixtures.table;

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
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.util.List;

/**
 * Every kind of operation with a schema it applies to: the cases each per-operation dispatch is
 * proved complete on (inverses, the dialects' SQL, the canonical form, the processor's DSL writer).
 */
public final class OperationCases {

    static final Column SCORE = new Column("score", SqlType.numeric(5, 2), false,
            new DefaultValue.Number(new BigDecimal("1.5")), false);

    static Schema shopWithScore() {
        return new AddColumn("users", SCORE).applyTo(shop());
    }

    private OperationCases() {
    }

    static Schema notes(PrimaryKey key) {
        return new CreateTable(table("notes", List.of(notNull("id", INTEGER), nullable("body", TEXT)), key))
                .applyTo(shop());
    }

    /** One case of each kind of operation, at least; the same kind may come several times. */
    public static List<OperationCase> all() {
        return List.of(
                on(shop(), new CreateTable(table("orders", List.of(notNull("id", INTEGER),
                                nullable("user_id", INTEGER)), PrimaryKey.of("id"),
                        new ForeignKey("fk_orders_user", List.of("user_id"), "users", List.of("id"), null),
                        new Index("idx_orders_user", List.of("user_id"), false)))),
                on(shop(), new DropTable("tags")),
                on(shop().withoutTable("tags"), new DropTable("shows")),
                on(shop(), new RenameTable("shows", "programs")),
                on(shop(), new RenameTable("tags", "labels")),
                on(shop(), new AddColumn("users", SCORE)),
                on(shopWithScore(), new DropColumn("users", "score")),
                on(shop(), new DropColumn("users", "bio")),
                on(shop(), new RenameColumn("users", "id", "user_id")),
                on(shop(), new RenameColumn("tags", "label", "name")),
                on(shop(), new AlterColumnType("users", "bio", SqlType.varchar(10))),
                on(shop(), new SetNotNull("users", "bio")),
                on(shop(), new DropNotNull("users", "email")),
                on(shop(), new SetDefault("users", "name", new DefaultValue.Bool(false))),
                on(shop(), new SetDefault("users", "bio", new DefaultValue.CurrentTimestamp())),
                on(shop(), new DropDefault("users", "name")),
                on(shop(), new SetIdentity("shows", "id")),
                on(shop(), new DropIdentity("users", "id")),
                on(notes(null), new AddPrimaryKey("notes", PrimaryKey.of("id"))),
                on(notes(PrimaryKey.of("id")), new DropPrimaryKey("notes")),
                on(shop(), new CreateIndex("users", new Index("ux_users_bio", List.of("bio"), true))),
                on(shop(), new DropIndex("users", "idx_users_name")),
                on(shop(), new CreateForeignKey("users",
                        new ForeignKey("fk_users_x", List.of("name"), "users", List.of("email"),
                                ReferentialAction.RESTRICT))),
                on(shop(), new DropForeignKey("tags", "fk_tags_parent")),
                on(shop(), new CreateUniqueConstraint("users",
                        new UniqueConstraint("uk_users_name_bio", List.of("name", "bio")))),
                on(shop(), new DropUniqueConstraint("users", "uk_users_email")),
                on(shop(), new CreateCheck("users", new CheckConstraint("ck_users_id", "id > 0"))),
                on(shop(), new DropCheck("users", "ck_users_email")),
                on(shop(), new CreateSequence(new Sequence("seq_x", 5, 5))),
                on(shop(), new DropSequence("seq_orders")),
                on(shop(), new CreateSchema("sales")),
                on(new CreateSchema("sales").applyTo(shop()), new DropSchema("sales")),
                on(shop(), new ExecuteSql("DELETE FROM tags")),
                on(shop(), new RunJava(null)),
                on(shop(), new SetNotNull("users", "bio", true)),
                on(shop(), new DropIndex("users", "idx_users_name", true)),
                on(shop(), new CreateCheck("users", new CheckConstraint("ck_users_id", "id > 0"), true)),
                on(shop(), new CreateForeignKey("users", new ForeignKey("fk_users_x", List.of("name"), "users",
                        List.of("email"), ReferentialAction.RESTRICT), true)),
                on(shop(), new ValidateConstraint("users", "ck_users_email")),
                on(withUniqueIndex(notes(null)), new AttachUniqueConstraint("notes", "uk_notes_id", "ux_notes_id")),
                on(withUniqueIndex(notes(null)), new AttachUniqueConstraint("notes", "ux_notes_id", "ux_notes_id")),
                on(withUniqueIndex(notes(null)), new AttachPrimaryKey("notes", "ux_notes_id")));
    }

    static Schema withUniqueIndex(Schema schema) {
        return new CreateIndex("notes", new Index("ux_notes_id", List.of("id"), true), true).applyTo(schema);
    }

    private static OperationCase on(Schema before, Operation operation) {
        return new OperationCase(operation.describe(), before, operation);
    }

    /** An operation, the schema it applies to, and a name for test reports. */
    public record OperationCase(String name, Schema before, Operation operation) {
    }
}
