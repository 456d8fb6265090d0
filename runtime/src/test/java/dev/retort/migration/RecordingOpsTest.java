package dev.retort.migration;

import static dev.retort.migration.Dsl.BIGINT;
import static dev.retort.migration.Dsl.BOOLEAN;
import static dev.retort.migration.Dsl.CASCADE;
import static dev.retort.migration.Dsl.CURRENT_TIMESTAMP;
import static dev.retort.migration.Dsl.INTEGER;
import static dev.retort.migration.Dsl.TEXT;
import static dev.retort.migration.Dsl.TIMESTAMP;
import static dev.retort.migration.Dsl.column;
import static dev.retort.migration.Dsl.numeric;
import static dev.retort.migration.Dsl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AddPrimaryKey;
import dev.retort.operation.AlterColumnType;
import dev.retort.operation.CreateCheck;
import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.operation.CreateUniqueConstraint;
import dev.retort.operation.DataStep;
import dev.retort.operation.DropCheck;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropDefault;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropIdentity;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropNotNull;
import dev.retort.operation.DropPrimaryKey;
import dev.retort.operation.DropSequence;
import dev.retort.operation.DropTable;
import dev.retort.operation.DropUniqueConstraint;
import dev.retort.operation.ExecuteSql;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameColumn;
import dev.retort.operation.RenameTable;
import dev.retort.operation.RunJava;
import dev.retort.operation.SetDefault;
import dev.retort.operation.SetIdentity;
import dev.retort.operation.SetNotNull;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RecordingOpsTest {

    private static List<Operation> record(Consumer<Ops> body) {
        RecordingOps ops = new RecordingOps();
        body.accept(ops);
        return ops.operations();
    }

    @Test
    void createTableCarriesKeyUniqueIdentityAndDefaults() {
        List<Operation> recorded = record(op -> op.createTable("Users",
                column("ID", BIGINT).primaryKey().identity(),
                column("Email", varchar(255)).notNull().unique(),
                column("active", BOOLEAN).notNull().defaultValue(true),
                column("created_at", TIMESTAMP).defaultNow(),
                column("nickname", varchar(30)).defaultValue("anon"),
                column("score", numeric(5, 2)).defaultValue(1.50)));
        Table users = Table.of("users", List.of(
                        new Column("id", SqlType.of(SqlType.Kind.BIGINT), false, null, true),
                        new Column("email", SqlType.varchar(255), false, null, false),
                        new Column("active", SqlType.of(SqlType.Kind.BOOLEAN), false, new DefaultValue.Bool(true), false),
                        new Column("created_at", SqlType.of(SqlType.Kind.TIMESTAMP), true,
                                new DefaultValue.CurrentTimestamp(), false),
                        new Column("nickname", SqlType.varchar(30), true, new DefaultValue.Text("anon"), false),
                        new Column("score", SqlType.numeric(5, 2), true,
                                new DefaultValue.Number(new BigDecimal("1.5")), false)),
                PrimaryKey.of("id"),
                List.of(new UniqueConstraint("uk_users_email", List.of("email"))));
        assertEquals(List.of(new CreateTable(users)), recorded);
        assertEquals(List.of("id", "email", "active", "created_at", "nickname", "score"),
                List.copyOf(((CreateTable) recorded.get(0)).table().columns().keySet()));
    }

    @Test
    void createTableWithACompositeKey() {
        List<Operation> recorded = record(op -> op.createTable("tags",
                column("show_id", BIGINT).primaryKey(), column("label", varchar(50)).primaryKey()));
        assertEquals(List.of(new CreateTable(Table.of("tags", List.of(
                        new Column("show_id", SqlType.of(SqlType.Kind.BIGINT), false, null, false),
                        new Column("label", SqlType.varchar(50), false, null, false)),
                PrimaryKey.of("show_id", "label"), List.of()))), recorded);
    }

    @Test
    void createTableMisfits() {
        SchemaMisfitException none = assertThrows(SchemaMisfitException.class,
                () -> record(op -> op.createTable("users")));
        assertEquals("createTable users needs at least one column", none.getMessage());
        SchemaMisfitException twice = assertThrows(SchemaMisfitException.class,
                () -> record(op -> op.createTable("users", column("id", INTEGER), column("ID", TEXT))));
        assertEquals("table users declares column id twice", twice.getMessage());
    }

    @Test
    void addColumnWithUniqueAddsItsConstraint() {
        assertEquals(List.of(
                        new AddColumn("shows", new Column("slug", SqlType.varchar(80), false, null, false)),
                        new CreateUniqueConstraint("shows", new UniqueConstraint("uk_shows_slug", List.of("slug")))),
                record(op -> op.addColumn("Shows", column("Slug", varchar(80)).notNull().unique())));
        assertEquals(List.of(new AddColumn("shows", new Column("created_by", SqlType.of(SqlType.Kind.INTEGER), true,
                        null, false))),
                record(op -> op.addColumn("shows", column("created_by", INTEGER))));
    }

    @Test
    void addColumnRefusesAPrimaryKeyColumn() {
        SchemaMisfitException misfit = assertThrows(SchemaMisfitException.class,
                () -> record(op -> op.addColumn("shows", column("id", INTEGER).primaryKey())));
        assertEquals("addColumn cannot add primary key column id: add it NOT NULL, then call addPrimaryKey",
                misfit.getMessage());
    }

    @Test
    void foreignKeysSingleAndComposite() {
        assertEquals(List.of(
                        new CreateForeignKey("shows", new ForeignKey("fk_shows_created_by", List.of("created_by"),
                                "users", List.of("id"), ReferentialAction.NO_ACTION)),
                        new CreateForeignKey("shows", new ForeignKey("fk_shows_owner", List.of("owner"),
                                "users", List.of("id"), ReferentialAction.SET_NULL)),
                        new CreateForeignKey("notes", new ForeignKey("fk_notes_tag", List.of("show_id", "tag"),
                                "tags", List.of("show_id", "label"), ReferentialAction.CASCADE)),
                        new DropForeignKey("notes", "fk_notes_tag")),
                record(op -> {
                    op.createForeignKey("fk_shows_created_by", "shows", "created_by", "users", "id");
                    op.createForeignKey("fk_shows_owner", "shows", "owner", "users", "id", Dsl.SET_NULL);
                    op.createForeignKey("FK_NOTES_TAG", "notes", new String[] {"show_id", "tag"}, "tags",
                            new String[] {"show_id", "label"}, CASCADE);
                    op.dropForeignKey("fk_notes_tag", "notes");
                }));
    }

    @Test
    void setDefaultOverloads() {
        assertEquals(List.of(
                        new SetDefault("users", "name", new DefaultValue.Text("anon")),
                        new SetDefault("users", "age", new DefaultValue.Number(new BigDecimal("18"))),
                        new SetDefault("users", "ratio", new DefaultValue.Number(new BigDecimal("0.25"))),
                        new SetDefault("users", "ratio", new DefaultValue.Number(new BigDecimal("0.1"))),
                        new SetDefault("users", "big", new DefaultValue.Number(new BigDecimal("12345678901234567890"))),
                        new SetDefault("users", "price", new DefaultValue.Number(new BigDecimal("9.9"))),
                        new SetDefault("users", "active", new DefaultValue.Bool(false)),
                        new SetDefault("users", "seen_at", new DefaultValue.CurrentTimestamp()),
                        new DropDefault("users", "name")),
                record(op -> {
                    op.setDefault("users", "name", "anon");
                    op.setDefault("users", "age", 18);
                    op.setDefault("users", "ratio", 0.25);
                    op.setDefault("users", "ratio", 0.1f);
                    op.setDefault("users", "big", new BigInteger("12345678901234567890"));
                    op.setDefault("users", "price", new BigDecimal("9.90"));
                    op.setDefault("users", "active", false);
                    op.setDefault("users", "seen_at", CURRENT_TIMESTAMP);
                    op.dropDefault("users", "name");
                }));
    }

    @Test
    void everyOtherCallBecomesItsOperation() {
        DataStep step = connection -> { };
        assertEquals(List.of(
                        new DropTable("old"),
                        new RenameTable("a", "b"),
                        new DropColumn("users", "bio"),
                        new RenameColumn("users", "name", "nick"),
                        new AlterColumnType("users", "bio", SqlType.of(SqlType.Kind.TEXT)),
                        new SetNotNull("users", "email"),
                        new DropNotNull("users", "email"),
                        new SetIdentity("users", "id"),
                        new DropIdentity("users", "id"),
                        new AddPrimaryKey("notes", PrimaryKey.of("id", "lang")),
                        new DropPrimaryKey("notes"),
                        new CreateIndex("users", new Index("idx_users_name", List.of("name", "email"), false)),
                        new CreateIndex("users", new Index("ux_users_name", List.of("name"), true)),
                        new DropIndex("users", "idx_users_name"),
                        new CreateUniqueConstraint("users", new UniqueConstraint("uk_users_x", List.of("a", "b"))),
                        new DropUniqueConstraint("users", "uk_users_x"),
                        new CreateCheck("users", new CheckConstraint("ck_users_id", "id > 0")),
                        new DropCheck("users", "ck_users_id"),
                        new CreateSequence(new Sequence("seq_orders", 1, 50)),
                        new DropSequence("seq_orders"),
                        new ExecuteSql("UPDATE users SET nick = name"),
                        new RunJava(step)),
                record(op -> {
                    op.dropTable("old");
                    op.renameTable("a", "b");
                    op.dropColumn("users", "bio");
                    op.renameColumn("users", "name", "nick");
                    op.alterColumnType("users", "bio", TEXT);
                    op.setNotNull("users", "email");
                    op.dropNotNull("users", "email");
                    op.setIdentity("users", "id");
                    op.dropIdentity("users", "id");
                    op.addPrimaryKey("notes", "id", "lang");
                    op.dropPrimaryKey("notes");
                    op.createIndex("idx_users_name", "users", "name", "email");
                    op.createUniqueIndex("ux_users_name", "users", "name");
                    op.dropIndex("idx_users_name", "users");
                    op.createUniqueConstraint("uk_users_x", "users", "a", "b");
                    op.dropUniqueConstraint("uk_users_x", "users");
                    op.createCheck("ck_users_id", "users", "id > 0");
                    op.dropCheck("ck_users_id", "users");
                    op.createSequence("seq_orders", 1, 50);
                    op.dropSequence("seq_orders");
                    op.execute("UPDATE users SET nick = name");
                    op.run(step);
                }));
    }

    @Test
    void upgradeAndDowngradeOfAScript() {
        MigrationScript script = new MigrationScript() {
            @Override
            public void upgrade(Ops op) {
                op.addColumn("shows", column("created_by", INTEGER));
                op.createIndex("idx_shows_created_by", "shows", "created_by");
            }

            @Override
            public void downgrade(Ops op) {
                op.dropIndex("idx_shows_created_by", "shows");
                op.dropColumn("shows", "created_by");
            }
        };
        assertEquals(List.of(new AddColumn("shows", Column.of("created_by", SqlType.of(SqlType.Kind.INTEGER))),
                        new CreateIndex("shows", new Index("idx_shows_created_by", List.of("created_by"), false))),
                RecordingOps.upgradeOf(script));
        assertEquals(List.of(new DropIndex("shows", "idx_shows_created_by"), new DropColumn("shows", "created_by")),
                RecordingOps.downgradeOf(script));
    }

    @Test
    void aScriptWithoutDowngradeThrows() {
        MigrationScript script = op -> op.dropTable("x");
        UnsupportedOperationException thrown = assertThrows(UnsupportedOperationException.class,
                () -> RecordingOps.downgradeOf(script));
        assertEquals(script.getClass().getName() + " has no downgrade", thrown.getMessage());
    }

    @Test
    void operationsIsASnapshot() {
        RecordingOps ops = new RecordingOps();
        ops.dropTable("a");
        List<Operation> first = ops.operations();
        ops.dropTable("b");
        assertEquals(List.of(new DropTable("a")), first);
        assertEquals(2, ops.operations().size());
        assertSame(DropTable.class, ops.operations().get(1).getClass());
    }
}
