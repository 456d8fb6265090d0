package dev.retort.showplanner.migrations;

import static dev.retort.migration.Dsl.*;

import dev.retort.annotation.Migration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;

/** Suppliers' quotes for a show, and the permissions a user can hold. */
@Migration(id = "75574b1232db", revises = "93c6f091bafb", description = "add quotes permissions")
public class AddQuotesPermissions implements MigrationScript {

    @Override
    public void upgrade(Ops op) {
        op.createTable("quotes",
                column("id", BIGINT).primaryKey().identity(),
                column("created_at", TIMESTAMP).notNull(),
                column("last_update", TIMESTAMP),
                column("show_id", BIGINT).notNull(),
                column("supplier", varchar(200)).notNull(),
                column("amount", numeric(12, 2)).notNull(),
                column("currency", varchar(3)).notNull(),
                column("status", varchar(20)).notNull());
        op.createCheck("ck_quotes_status", "quotes", "status in ('DRAFT','SENT','ACCEPTED','REJECTED')");
        op.createIndex("idx_quotes_show", "quotes", "show_id");
        op.createTable("permissions",
                column("id", BIGINT).primaryKey().identity(),
                column("created_at", TIMESTAMP).notNull(),
                column("last_update", TIMESTAMP),
                column("name", varchar(100)).notNull().unique(),
                column("description", varchar(255)));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("permissions");
        op.dropTable("quotes");
    }
}
