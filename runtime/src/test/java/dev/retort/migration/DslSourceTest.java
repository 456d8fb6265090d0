package dev.retort.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The DSL source of the operations the skeleton writes for existing tables, call for call. */
class DslSourceTest {

    @Test
    void eachSafeFormIsWrittenAsTheCallThatRecordsIt() {
        RecordingOps op = new RecordingOps();
        op.setNotNullSafely("users", "phone");
        op.createForeignKeyNotValid("fk_a", "users", "team_id", "teams", "id");
        op.createForeignKeyNotValid("fk_b", "users", new String[] {"a", "b"}, "teams", new String[] {"x", "y"},
                dev.retort.schema.ReferentialAction.CASCADE);
        op.createCheckNotValid("ck_age", "users", "age >= 0");
        op.validateConstraint("ck_age", "users");
        op.dropIndexOnline("idx_users_name", "users");
        op.createUniqueConstraintUsingIndex("uk_users_email", "users", "ux_users_email");
        op.addPrimaryKeyUsingIndex("users", "ux_users_id");
        List<String> expected = List.of(
                "op.setNotNullSafely(\"users\", \"phone\");",
                "op.createForeignKeyNotValid(\"fk_a\", \"users\", \"team_id\", \"teams\", \"id\");",
                "op.createForeignKeyNotValid(\"fk_b\", \"users\", new String[] {\"a\", \"b\"}, \"teams\", new String[]"
                        + " {\"x\", \"y\"}, CASCADE);",
                "op.createCheckNotValid(\"ck_age\", \"users\", \"age >= 0\");",
                "op.validateConstraint(\"ck_age\", \"users\");",
                "op.dropIndexOnline(\"idx_users_name\", \"users\");",
                "op.createUniqueConstraintUsingIndex(\"uk_users_email\", \"users\", \"ux_users_email\");",
                "op.addPrimaryKeyUsingIndex(\"users\", \"ux_users_id\");");
        assertEquals(expected, DslSource.statements(op.operations()));
    }
}
