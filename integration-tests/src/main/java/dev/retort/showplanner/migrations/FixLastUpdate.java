package dev.retort.showplanner.migrations;

import static dev.retort.migration.Dsl.*;

import dev.retort.annotation.Migration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;

/** The base model calls it updated_at: rename, keeping every value. */
@Migration(id = "03c857d562d1", revises = "b314bb576ceb", description = "fix last update")
public class FixLastUpdate implements MigrationScript {

    @Override
    public void upgrade(Ops op) {
        op.renameColumn("users", "last_update", "updated_at");
        op.renameColumn("shows", "last_update", "updated_at");
    }

    @Override
    public void downgrade(Ops op) {
        op.renameColumn("shows", "updated_at", "last_update");
        op.renameColumn("users", "updated_at", "last_update");
    }
}
