package dev.retort.showplanner.migrations;

import static dev.retort.migration.Dsl.*;

import dev.retort.annotation.Migration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;

/** Access tokens revoked at logout, refused until they would have expired. */
@Migration(id = "b314bb576ceb", revises = "75574b1232db", description = "add revoked tokens table")
public class AddRevokedTokensTable implements MigrationScript {

    @Override
    public void upgrade(Ops op) {
        op.createTable("revoked_tokens",
                column("id", BIGINT).primaryKey().identity(),
                column("created_at", TIMESTAMP).notNull(),
                column("last_update", TIMESTAMP),
                column("jti", varchar(64)).notNull().unique(),
                column("expires_at", TIMESTAMP).notNull());
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("revoked_tokens");
    }
}
