package dev.retort.showplanner.migrations;

import static dev.retort.migration.Dsl.*;

import dev.retort.annotation.Migration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;

/** updated_at on the tables the first fix missed, and the foreign key from a quote to its show. */
@Migration(id = "38dddbddd7a3", revises = "2f97ab44d3ed", description = "fix last update2 add all relationship")
public class FixLastUpdate2AddAllRelationship implements MigrationScript {

    @Override
    public void upgrade(Ops op) {
        op.renameColumn("quotes", "last_update", "updated_at");
        op.renameColumn("permissions", "last_update", "updated_at");
        op.renameColumn("revoked_tokens", "last_update", "updated_at");
        op.createForeignKeyNotValid("fk_quotes_show", "quotes", "show_id", "shows", "id");
        op.validateConstraint("fk_quotes_show", "quotes");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropForeignKey("fk_quotes_show", "quotes");
        op.renameColumn("revoked_tokens", "updated_at", "last_update");
        op.renameColumn("permissions", "updated_at", "last_update");
        op.renameColumn("quotes", "updated_at", "last_update");
    }
}
