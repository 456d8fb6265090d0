package dev.retort.showplanner.migrations;

import static dev.retort.migration.Dsl.*;

import dev.retort.annotation.DataPreserved;
import dev.retort.annotation.Migration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;

/**
 * A user's permissions point at permission rows instead of naming them: names become ids, a name
 * with no row gets one, duplicates go, and the name column is dropped once copied.
 */
@Migration(id = "bfdc86d253c7", revises = "b035c931cdf8", description = "update user permission model")
@DataPreserved(table = "user_permissions", column = "permission",
        note = "copied to permission_id: each name became the id of the permission of that name (created when missing)")
// user_permissions holds a few hundred rows: its unique constraint builds at once (it cannot be built online).
@SuppressWarnings("retort:blocking-index")
public class UpdateUserPermissionModel implements MigrationScript {

    @Override
    public void upgrade(Ops op) {
        op.addColumn("user_permissions", column("permission_id", BIGINT));
        op.execute("INSERT INTO permissions (name, created_at) SELECT DISTINCT up.permission, CURRENT_TIMESTAMP"
                + " FROM user_permissions up"
                + " WHERE NOT EXISTS (SELECT 1 FROM permissions p WHERE p.name = up.permission)");
        op.execute("UPDATE user_permissions SET permission_id ="
                + " (SELECT p.id FROM permissions p WHERE p.name = user_permissions.permission)");
        op.execute("DELETE FROM user_permissions WHERE id NOT IN (SELECT kept.id FROM"
                + " (SELECT MIN(id) AS id FROM user_permissions GROUP BY user_id, permission_id) kept)");
        op.setNotNullSafely("user_permissions", "permission_id");
        op.createForeignKeyNotValid("fk_user_permissions_permission", "user_permissions", "permission_id", "permissions",
                "id");
        op.validateConstraint("fk_user_permissions_permission", "user_permissions");
        op.createIndexOnline("idx_user_permissions_permission", "user_permissions", "permission_id");
        op.createUniqueConstraint("uk_user_permissions", "user_permissions", "user_id", "permission_id");
        op.dropColumn("user_permissions", "permission");
    }

    @Override
    public void downgrade(Ops op) {
        op.addColumn("user_permissions", column("permission", varchar(100)));
        op.execute("UPDATE user_permissions SET permission ="
                + " (SELECT p.name FROM permissions p WHERE p.id = user_permissions.permission_id)");
        op.setNotNull("user_permissions", "permission");
        op.dropUniqueConstraint("uk_user_permissions", "user_permissions");
        op.dropForeignKey("fk_user_permissions_permission", "user_permissions");
        op.dropIndex("idx_user_permissions_permission", "user_permissions");
        op.dropColumn("user_permissions", "permission_id");
    }
}
