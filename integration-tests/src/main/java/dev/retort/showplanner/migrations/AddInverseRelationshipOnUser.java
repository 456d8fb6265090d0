package dev.retort.showplanner.migrations;

import static dev.retort.migration.Dsl.*;

import dev.retort.annotation.Migration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;

/** Who invited each user, backfilled from the invitations they accepted. */
@Migration(id = "e141f13156c7", revises = "c2a6f1769b7f", description = "add inverse relationship on user")
public class AddInverseRelationshipOnUser implements MigrationScript {

    @Override
    public void upgrade(Ops op) {
        op.addColumn("users", column("invited_by_id", BIGINT));
        op.execute("UPDATE users SET invited_by_id = (SELECT MIN(t.invited_by_id) FROM invite_tokens t"
                + " WHERE t.email = users.email AND t.accepted_at IS NOT NULL)");
        op.createForeignKeyNotValid("fk_users_invited_by", "users", "invited_by_id", "users", "id");
        op.validateConstraint("fk_users_invited_by", "users");
        op.createIndexOnline("idx_users_invited_by", "users", "invited_by_id");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropForeignKey("fk_users_invited_by", "users");
        op.dropIndex("idx_users_invited_by", "users");
        op.dropColumn("users", "invited_by_id");
    }
}
