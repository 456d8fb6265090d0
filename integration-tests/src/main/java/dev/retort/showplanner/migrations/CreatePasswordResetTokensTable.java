package dev.retort.showplanner.migrations;

import static dev.retort.migration.Dsl.*;

import dev.retort.annotation.Migration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;

/** One-time tokens for "forgot my password". */
@Migration(id = "9eea8fc12e70", revises = "38dddbddd7a3", description = "create password reset tokens table")
public class CreatePasswordResetTokensTable implements MigrationScript {

    @Override
    public void upgrade(Ops op) {
        op.createTable("password_reset_tokens",
                column("id", BIGINT).primaryKey().identity(),
                column("created_at", TIMESTAMP).notNull(),
                column("updated_at", TIMESTAMP),
                column("user_id", BIGINT).notNull(),
                column("token", varchar(128)).notNull().unique(),
                column("expires_at", TIMESTAMP).notNull(),
                column("used_at", TIMESTAMP));
        op.createForeignKey("fk_password_reset_tokens_user", "password_reset_tokens", "user_id", "users", "id");
        op.createIndex("idx_password_reset_tokens_user", "password_reset_tokens", "user_id");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("password_reset_tokens");
    }
}
