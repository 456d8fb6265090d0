package dev.retort.operation;

import dev.retort.schema.Schema;
import java.util.List;
import java.util.Optional;

/**
 * One step of a migration, as an immutable value. The processor replays operations in memory and the
 * runner renders them to SQL: {@link #applyTo} is the single definition of what a step does to a
 * schema, for both.
 */
public sealed interface Operation
        permits CreateTable, DropTable, RenameTable,
                AddColumn, DropColumn, RenameColumn, AlterColumnType,
                SetNotNull, DropNotNull, SetDefault, DropDefault, SetIdentity, DropIdentity,
                AddPrimaryKey, AttachPrimaryKey, DropPrimaryKey,
                CreateIndex, DropIndex, CreateForeignKey, DropForeignKey,
                CreateUniqueConstraint, AttachUniqueConstraint, DropUniqueConstraint, CreateCheck, DropCheck,
                ValidateConstraint,
                CreateSequence, DropSequence, CreateSchema, DropSchema,
                ExecuteSql, RunJava {

    /**
     * The schema after this step.
     *
     * @throws dev.retort.schema.SchemaMisfitException when the step does not fit the schema, with a
     *     message naming the object (an unknown column, a table created twice)
     */
    Schema applyTo(Schema schema);

    /**
     * The steps that undo this one: applied to {@code applyTo(before)} they give back {@code before}.
     * Empty for a data step, whose effect on rows Retort cannot know.
     */
    List<Operation> inverse(Schema before);

    /** The step as a message names it, e.g. {@code addColumn shows.created_by}. */
    String describe();

    /** The table this step is about (for a rename, its old name); empty for sequences, schemas and data steps. */
    default Optional<String> tableName() {
        return Optional.empty();
    }

    /** Whether this step changes rows rather than the schema. */
    default boolean isDataStep() {
        return false;
    }
}
