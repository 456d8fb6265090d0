package dev.retort.showplanner.migrations;

import static dev.retort.migration.Dsl.*;

import dev.retort.annotation.Migration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;

/** The first tables: who plans, and what. */
@Migration(id = "75e8b3bb0750", description = "initial")
public class Initial implements MigrationScript {

    @Override
    public void upgrade(Ops op) {
        op.createTable("users",
                column("id", BIGINT).primaryKey().identity(),
                column("created_at", TIMESTAMP).notNull(),
                column("last_update", TIMESTAMP),
                column("email", varchar(255)).notNull().unique(),
                column("first_name", varchar(100)).notNull(),
                column("family_name", varchar(100)).notNull(),
                column("password_hash", varchar(255)).notNull(),
                column("active", BOOLEAN).notNull());
        op.createTable("shows",
                column("id", BIGINT).primaryKey().identity(),
                column("created_at", TIMESTAMP).notNull(),
                column("last_update", TIMESTAMP),
                column("title", varchar(200)).notNull(),
                column("venue", varchar(200)),
                column("starts_at", TIMESTAMP));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("shows");
        op.dropTable("users");
    }
}
