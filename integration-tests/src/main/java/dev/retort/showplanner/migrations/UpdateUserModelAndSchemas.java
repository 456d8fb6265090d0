package dev.retort.showplanner.migrations;

import static dev.retort.migration.Dsl.*;

import dev.retort.annotation.Migration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;

/** Longer emails (RFC 5321 allows 320 characters), and the full name the UI shows, built from the two names. */
@Migration(id = "93c6f091bafb", revises = "728d86904477", description = "update user model and schemas")
public class UpdateUserModelAndSchemas implements MigrationScript {

    @Override
    public void upgrade(Ops op) {
        op.alterColumnType("users", "email", varchar(320));
        op.addColumn("users", column("full_name", varchar(201)));
        op.execute("UPDATE users SET full_name = CONCAT(first_name, ' ', family_name)");
        op.setNotNullSafely("users", "full_name");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("users", "full_name");
        op.alterColumnType("users", "email", varchar(255));
    }
}
