package dev.retort.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.RecordingOps;
import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL of the steps that keep PostgreSQL's locks short, and which of them must commit on their own. */
class PostgresSafeStepsTest {

    private static final Dialect POSTGRES = Dialect.of(Database.POSTGRESQL);

    private static List<String> render(RecordingOps op) {
        List<String> statements = new ArrayList<>();
        Schema schema = Schema.EMPTY;
        for (Operation operation : op.operations()) {
            statements.addAll(POSTGRES.render(operation, schema));
            schema = operation.applyTo(schema);
        }
        return statements;
    }

    private static RecordingOps items() {
        RecordingOps op = new RecordingOps();
        op.createTable("users", dev.retort.migration.Dsl.column("id", dev.retort.migration.Dsl.BIGINT).primaryKey());
        op.createTable("items", dev.retort.migration.Dsl.column("id", dev.retort.migration.Dsl.BIGINT).notNull(),
                dev.retort.migration.Dsl.column("user_id", dev.retort.migration.Dsl.BIGINT));
        return op;
    }

    @Test
    void theSafeFormsAreWrittenAsPostgresqlTakesThem() {
        RecordingOps op = items();
        op.createForeignKeyNotValid("fk_items_user", "items", "user_id", "users", "id");
        op.createCheckNotValid("ck_items_user", "items", "user_id > 0");
        op.validateConstraint("fk_items_user", "items");
        op.setNotNullSafely("items", "user_id");
        op.createUniqueIndexOnline("ux_items_id", "items", "id");
        op.addPrimaryKeyUsingIndex("items", "ux_items_id");
        op.createUniqueIndexOnline("ux_items_user", "items", "user_id");
        op.createUniqueConstraintUsingIndex("uk_items_user", "items", "ux_items_user");
        op.createIndex("idx_items_user", "items", "user_id");
        op.dropIndexOnline("idx_items_user", "items");
        List<String> statements = render(op);
        assertEquals(List.of(
                "ALTER TABLE items ADD CONSTRAINT fk_items_user FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID",
                "ALTER TABLE items ADD CONSTRAINT ck_items_user CHECK (user_id > 0) NOT VALID",
                "ALTER TABLE items VALIDATE CONSTRAINT fk_items_user",
                "ALTER TABLE items ADD CONSTRAINT nn_items_user_id CHECK (user_id IS NOT NULL) NOT VALID",
                "ALTER TABLE items VALIDATE CONSTRAINT nn_items_user_id",
                "ALTER TABLE items ALTER COLUMN user_id SET NOT NULL",
                "ALTER TABLE items DROP CONSTRAINT nn_items_user_id",
                "CREATE UNIQUE INDEX CONCURRENTLY ux_items_id ON items (id)",
                "ALTER TABLE items ADD CONSTRAINT items_pkey PRIMARY KEY USING INDEX ux_items_id",
                "CREATE UNIQUE INDEX CONCURRENTLY ux_items_user ON items (user_id)",
                "ALTER TABLE items ADD CONSTRAINT uk_items_user UNIQUE USING INDEX ux_items_user",
                "CREATE INDEX idx_items_user ON items (user_id)",
                "DROP INDEX CONCURRENTLY idx_items_user"), statements.subList(2, statements.size()));
    }

    @Test
    void onlyTheStepsThatMustCommitOnTheirOwnTakeTheMigrationOutOfItsTransaction() {
        RecordingOps op = new RecordingOps();
        op.createIndexOnline("a", "t", "c");
        op.dropIndexOnline("a", "t");
        op.validateConstraint("ck", "t");
        op.setNotNullSafely("t", "c");
        op.setNotNull("t", "c");
        op.dropIndex("a", "t");
        op.createCheckNotValid("ck", "t", "c > 0");
        op.createUniqueConstraintUsingIndex("uk", "t", "a");
        List<Boolean> outside = op.operations().stream().map(POSTGRES::outsideTransaction).toList();
        assertEquals(List.of(true, true, true, true, false, false, false, false), outside);
        assertFalse(Dialect.of(Database.MARIADB).outsideTransaction(op.operations().get(0)));
        assertTrue(Dialect.of(Database.H2).render(op.operations().get(2), Schema.EMPTY).isEmpty());
    }
}
