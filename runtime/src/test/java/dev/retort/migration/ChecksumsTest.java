package dev.retort.migration;

import static dev.retort.migration.Dsl.BIGINT;
import static dev.retort.migration.Dsl.BOOLEAN;
import static dev.retort.migration.Dsl.CASCADE;
import static dev.retort.migration.Dsl.INTEGER;
import static dev.retort.migration.Dsl.TIMESTAMP_TZ;
import static dev.retort.migration.Dsl.column;
import static dev.retort.migration.Dsl.numeric;
import static dev.retort.migration.Dsl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.retort.operation.Operation;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ChecksumsTest {

    /** A representative migration: every kind of argument a migration passes. */
    static final class AddOrders implements MigrationScript {
        @Override
        public void upgrade(Ops op) {
            op.createTable("orders",
                    column("id", BIGINT).primaryKey().identity(),
                    column("number", varchar(20)).notNull().unique(),
                    column("total", numeric(10, 2)).notNull().defaultValue(0),
                    column("paid", BOOLEAN).defaultValue(false),
                    column("note", varchar(200)).defaultValue("it's \"new\"\nline"),
                    column("created_at", TIMESTAMP_TZ).notNull().defaultNow());
            op.addColumn("orders", column("user_id", INTEGER));
            op.createIndex("idx_orders_user", "orders", "user_id");
            op.createForeignKey("fk_orders_user", "orders", "user_id", "users", "id", CASCADE);
            op.createCheck("ck_orders_total", "orders", "total >= 0");
            op.execute("UPDATE orders SET paid = FALSE");
            op.run(connection -> { });
        }

        @Override
        public void downgrade(Ops op) {
            op.dropForeignKey("fk_orders_user", "orders");
            op.dropTable("orders");
        }
    }

    private static List<Operation> record(Consumer<Ops> body) {
        RecordingOps ops = new RecordingOps();
        body.accept(ops);
        return ops.operations();
    }

    @Test
    void canonicalFormIsPinned() {
        assertEquals("""
                CreateTable(table=Table(name="orders", columns=[Column(name="id", type=SqlType(kind=BIGINT, size=0, \
                scale=0), nullable=false, defaultValue=null, identity=true), Column(name="number", \
                type=SqlType(kind=VARCHAR, size=20, scale=0), nullable=false, defaultValue=null, identity=false), \
                Column(name="total", type=SqlType(kind=NUMERIC, size=10, scale=2), nullable=false, \
                defaultValue=Number(value=0), identity=false), Column(name="paid", type=SqlType(kind=BOOLEAN, size=0, \
                scale=0), nullable=true, defaultValue=Bool(value=false), identity=false), Column(name="note", \
                type=SqlType(kind=VARCHAR, size=200, scale=0), nullable=true, \
                defaultValue=Text(value="it's \\"new\\"\\nline"), identity=false), Column(name="created_at", \
                type=SqlType(kind=TIMESTAMP_TZ, size=0, scale=0), nullable=false, defaultValue=CurrentTimestamp(), \
                identity=false)], primaryKey=PrimaryKey(columns=["id"]), \
                constraints=[UniqueConstraint(name="uk_orders_number", columns=["number"])]))
                AddColumn(table="orders", column=Column(name="user_id", type=SqlType(kind=INTEGER, size=0, scale=0), \
                nullable=true, defaultValue=null, identity=false))
                CreateIndex(table="orders", index=Index(name="idx_orders_user", columns=["user_id"], unique=false), \
                online=false)
                CreateForeignKey(table="orders", foreignKey=ForeignKey(name="fk_orders_user", columns=["user_id"], \
                referencedTable="users", referencedColumns=["id"], onDelete=CASCADE))
                CreateCheck(table="orders", check=Check(name="ck_orders_total", expression="total >= 0"))
                ExecuteSql(sql="UPDATE orders SET paid = FALSE")
                RunJava()
                """, Checksums.canonical(RecordingOps.upgradeOf(new AddOrders())));
    }

    /** Computed apart from Retort (sha256sum of the pinned canonical text, then "\n--\n" and the downgrade's). */
    @Test
    void checksumOfARepresentativeMigrationIsPinned() {
        AddOrders migration = new AddOrders();
        assertEquals("9729af38fcd96739e329ee51f2b1d1153eff78585339875fa1f055eee6056d91",
                Checksums.of(RecordingOps.upgradeOf(migration), RecordingOps.downgradeOf(migration)));
    }

    @Test
    void formattingCaseAndEquivalentLiteralsDoNotChangeIt() {
        List<Operation> plain = record(op -> {
            op.createTable("users", column("id", INTEGER).primaryKey(), column("score", numeric(5, 2)).defaultValue(1.5));
            op.createCheck("ck_users_score", "users", "score >= 0");
            op.setDefault("users", "score", 2);
        });
        List<Operation> styled = record(op -> {
            op.createTable("Users", column("ID", INTEGER).primaryKey(),
                    column("Score", numeric(5, 2)).defaultValue(new BigDecimal("1.50")));
            op.createCheck("CK_Users_Score", "USERS", "  score >= 0\n");
            op.setDefault("users", "SCORE", 2L);
        });
        assertEquals(Checksums.canonical(plain), Checksums.canonical(styled));
        assertEquals(Checksums.of(plain, List.of()), Checksums.of(styled, List.of()));
        assertEquals(Checksums.of(List.of(), List.of()), Checksums.of(List.of(), List.of()));
    }

    @Test
    void anyChangeToWhatTheMigrationDoesChangesIt() {
        List<Operation> base = record(op -> {
            op.addColumn("shows", column("created_by", INTEGER));
            op.createIndex("idx_shows_created_by", "shows", "created_by");
        });
        String checksum = Checksums.of(base, List.of());
        List<List<Operation>> variants = List.of(
                record(op -> {
                    op.addColumn("shows", column("created_by", BIGINT));
                    op.createIndex("idx_shows_created_by", "shows", "created_by");
                }),
                record(op -> {
                    op.addColumn("shows", column("created_by", INTEGER).notNull());
                    op.createIndex("idx_shows_created_by", "shows", "created_by");
                }),
                record(op -> {
                    op.addColumn("shows", column("created_by", INTEGER));
                    op.createUniqueIndex("idx_shows_created_by", "shows", "created_by");
                }),
                record(op -> {
                    op.createIndex("idx_shows_created_by", "shows", "created_by");
                    op.addColumn("shows", column("created_by", INTEGER));
                }),
                record(op -> op.addColumn("shows", column("created_by", INTEGER))));
        for (List<Operation> variant : variants) {
            assertNotEquals(checksum, Checksums.of(variant, List.of()), Checksums.canonical(variant));
        }
        assertNotEquals(checksum, Checksums.of(List.of(), base));
        assertNotEquals(Checksums.of(base.subList(0, 1), base.subList(1, 2)),
                Checksums.of(base, List.of()));
    }

    @Test
    void aJavaDataStepCountsByItsPlaceOnly() {
        List<Operation> one = record(op -> op.run(connection -> connection.commit()));
        List<Operation> other = record(op -> op.run(connection -> connection.rollback()));
        assertEquals(Checksums.of(one, List.of()), Checksums.of(other, List.of()));
        assertNotEquals(Checksums.of(one, List.of()), Checksums.of(List.of(), one));
    }
}
