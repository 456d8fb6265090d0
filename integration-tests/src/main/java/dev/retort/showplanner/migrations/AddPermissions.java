package dev.retort.showplanner.migrations;

import static dev.retort.migration.Dsl.*;

import dev.retort.annotation.Migration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;

/** The permissions the application checks, as rows. */
@Migration(id = "2f97ab44d3ed", revises = "2aa8889d4cd1", description = "add permissions")
public class AddPermissions implements MigrationScript {

    @Override
    public void upgrade(Ops op) {
        op.execute("INSERT INTO permissions (name, description, created_at) VALUES"
                + " ('shows:read', 'See every show and its quotes', CURRENT_TIMESTAMP),"
                + " ('shows:edit', 'Plan shows', CURRENT_TIMESTAMP),"
                + " ('quotes:edit', 'Ask for and accept quotes', CURRENT_TIMESTAMP),"
                + " ('users:invite', 'Invite new users', CURRENT_TIMESTAMP)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DELETE FROM permissions WHERE name IN ('shows:read', 'shows:edit', 'quotes:edit', 'users:invite')");
    }
}
