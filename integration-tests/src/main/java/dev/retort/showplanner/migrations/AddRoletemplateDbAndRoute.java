package dev.retort.showplanner.migrations;

import static dev.retort.migration.Dsl.*;

import dev.retort.annotation.Migration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;

/** Named sets of permissions, which invitations grant. */
@Migration(id = "b035c931cdf8", revises = "9eea8fc12e70", description = "add roletemplate db and route")
public class AddRoletemplateDbAndRoute implements MigrationScript {

    @Override
    public void upgrade(Ops op) {
        op.createTable("role_templates",
                column("id", BIGINT).primaryKey().identity(),
                column("created_at", TIMESTAMP).notNull(),
                column("updated_at", TIMESTAMP),
                column("name", varchar(100)).notNull().unique(),
                column("description", varchar(255)),
                column("permissions", varchar(2000)).notNull());
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("role_templates");
    }
}
