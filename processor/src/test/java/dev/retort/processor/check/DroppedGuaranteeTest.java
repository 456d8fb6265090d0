package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.warning;

import com.google.testing.compile.Compilation;
import dev.retort.processor.Fixtures;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class DroppedGuaranteeTest {

    private static JavaFileObject orders() {
        return change("CreateOrders", "",
                List.of("op.createTable(\"orders\", column(\"id\", BIGINT).primaryKey(), column(\"user_id\", BIGINT));",
                        "op.createForeignKey(\"fk_orders_user\", \"orders\", \"user_id\", \"users\", \"id\");",
                        "op.createIndex(\"idx_orders_user\", \"orders\", \"user_id\");"),
                List.of("op.dropIndex(\"idx_orders_user\", \"orders\");",
                        "op.dropForeignKey(\"fk_orders_user\", \"orders\");", "op.dropTable(\"orders\");"));
    }

    private static JavaFileObject next(String name, List<String> up, List<String> down) {
        List<String> body = new java.util.ArrayList<>();
        body.add("    @Override public void upgrade(Ops op) {");
        up.forEach(line -> body.add("        " + line));
        body.add("    }");
        body.add("    @Override public void downgrade(Ops op) {");
        down.forEach(line -> body.add("        " + line));
        body.add("    }");
        return Fixtures.migration(name, "@Migration(id = \"c3\", revises = \"b2\", description = \"" + name + "\")",
                body.toArray(String[]::new));
    }

    @Test
    void aDroppedForeignKeyOfAnExistingTableIsAWarning() {
        JavaFileObject drop = next("DropKey", List.of("op.dropForeignKey(\"fk_orders_user\", \"orders\");"),
                List.of("op.createForeignKeyNotValid(\"fk_orders_user\", \"orders\", \"user_id\", \"users\", \"id\");",
                        "op.validateConstraint(\"fk_orders_user\", \"orders\");"));
        Compilation compilation = compile(createUsers(), orders(), drop);
        assertReported(compilation,
                warning(drop, 11, 26, "[retort:dropped-foreign-key] dropForeignKey fk_orders_user on"
                + " orders lets orders hold rows whose key matches no row of users, and readers that join them lose"
                + " rows: keep it, or say why in the description."),
                NO_ENTITY);
    }

    @Test
    void aForeignKeyMadeAgainOverTheSameColumnsPasses() {
        JavaFileObject remake = next("CascadeKey", List.of("op.dropForeignKey(\"fk_orders_user\", \"orders\");",
                        "op.createForeignKeyNotValid(\"fk_orders_user\", \"orders\", \"user_id\", \"users\", \"id\", CASCADE);",
                        "op.validateConstraint(\"fk_orders_user\", \"orders\");"),
                List.of("op.dropForeignKey(\"fk_orders_user\", \"orders\");",
                        "op.createForeignKeyNotValid(\"fk_orders_user\", \"orders\", \"user_id\", \"users\", \"id\");",
                        "op.validateConstraint(\"fk_orders_user\", \"orders\");"));
        assertReported(compile(createUsers(), orders(), remake), NO_ENTITY);
    }

    @Test
    void aDroppedNotNullIsAWarningUnlessSetAgain() {
        JavaFileObject source = change("OptionalEmail", "", List.of("op.dropNotNull(\"users\", \"email\");"),
                List.of("op.execute(\"UPDATE users SET email = '' WHERE email IS NULL\");",
                        "op.setNotNullSafely(\"users\", \"email\");"));
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                warning(source, 11, 23, "[retort:dropped-not-null] dropNotNull users.email lets writers"
                + " store NULL in users.email, which readers deployed today do not expect: deploy readers that handle"
                + " NULL first."),
                NO_ENTITY);
    }
}
