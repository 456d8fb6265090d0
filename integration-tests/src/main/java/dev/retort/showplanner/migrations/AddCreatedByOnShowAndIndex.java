package dev.retort.showplanner.migrations;

import static dev.retort.migration.Dsl.*;

import dev.retort.annotation.Migration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;

/** Who created a show, indexed for "my shows". */
@Migration(id = "728d86904477", revises = "75e8b3bb0750", description = "add created_by on show and index")
public class AddCreatedByOnShowAndIndex implements MigrationScript {

    @Override
    public void upgrade(Ops op) {
        op.addColumn("shows", column("created_by_id", BIGINT));
        op.createForeignKeyNotValid("fk_shows_created_by", "shows", "created_by_id", "users", "id");
        op.validateConstraint("fk_shows_created_by", "shows");
        op.createIndexOnline("idx_shows_created_by", "shows", "created_by_id");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropForeignKey("fk_shows_created_by", "shows");
        op.dropIndex("idx_shows_created_by", "shows");
        op.dropColumn("shows", "created_by_id");
    }
}
