package dev.retort.showplanner.migrations;

import static dev.retort.migration.Dsl.*;

import dev.retort.annotation.Migration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;

/** Which permission each user holds, by name for now. */
@Migration(id = "2aa8889d4cd1", revises = "03c857d562d1", description = "add on db user permissions")
public class AddOnDbUserPermissions implements MigrationScript {

    @Override
    public void upgrade(Ops op) {
        op.createTable("user_permissions",
                column("id", BIGINT).primaryKey().identity(),
                column("created_at", TIMESTAMP).notNull(),
                column("updated_at", TIMESTAMP),
                column("user_id", BIGINT).notNull(),
                column("permission", varchar(100)).notNull());
        op.createForeignKey("fk_user_permissions_user", "user_permissions", "user_id", "users", "id");
        op.createIndex("idx_user_permissions_user", "user_permissions", "user_id");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("user_permissions");
    }
}
