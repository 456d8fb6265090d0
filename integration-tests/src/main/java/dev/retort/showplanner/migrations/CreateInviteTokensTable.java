package dev.retort.showplanner.migrations;

import static dev.retort.migration.Dsl.*;

import dev.retort.annotation.Migration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;

/** Invitations to join, each granting a role template. */
@Migration(id = "c2a6f1769b7f", revises = "bfdc86d253c7", description = "create invite tokens table")
public class CreateInviteTokensTable implements MigrationScript {

    @Override
    public void upgrade(Ops op) {
        op.createTable("invite_tokens",
                column("id", BIGINT).primaryKey().identity(),
                column("created_at", TIMESTAMP).notNull(),
                column("updated_at", TIMESTAMP),
                column("email", varchar(320)).notNull(),
                column("token", varchar(128)).notNull().unique(),
                column("invited_by_id", BIGINT).notNull(),
                column("role_template_id", BIGINT),
                column("expires_at", TIMESTAMP).notNull(),
                column("accepted_at", TIMESTAMP));
        op.createForeignKey("fk_invite_tokens_invited_by", "invite_tokens", "invited_by_id", "users", "id");
        op.createForeignKey("fk_invite_tokens_role_template", "invite_tokens", "role_template_id", "role_templates", "id");
        op.createIndex("idx_invite_tokens_invited_by", "invite_tokens", "invited_by_id");
        op.createIndex("idx_invite_tokens_role_template", "invite_tokens", "role_template_id");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("invite_tokens");
    }
}
