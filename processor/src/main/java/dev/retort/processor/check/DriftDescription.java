package dev.retort.processor.check;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AddPrimaryKey;
import dev.retort.operation.AlterColumnType;
import dev.retort.operation.CreateSchema;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropCheck;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropDefault;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropIdentity;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropNotNull;
import dev.retort.operation.DropPrimaryKey;
import dev.retort.operation.DropSchema;
import dev.retort.operation.DropSequence;
import dev.retort.operation.DropTable;
import dev.retort.operation.DropUniqueConstraint;
import dev.retort.operation.Operation;
import dev.retort.operation.SetDefault;
import dev.retort.operation.SetIdentity;
import dev.retort.operation.SetNotNull;
import dev.retort.processor.ProcessorErrors;
import dev.retort.schema.Schema;
import dev.retort.schema.TableConstraint;
import java.util.Optional;

/**
 * Which drift message an operation that closes a difference stands for, with the values it shows
 * from the migrations' schema; the words are {@link ProcessorErrors}'.
 */
final class DriftDescription {

    private DriftDescription() {}

    static String of(Operation closing, Schema replayed) {
        if (closing instanceof CreateTable op) {
            return ProcessorErrors.driftTableMissing(op.table().name());
        } else if (closing instanceof DropTable op) {
            return ProcessorErrors.driftTableUnmapped(op.table());
        } else if (closing instanceof AddColumn op) {
            return ProcessorErrors.driftColumnMissing(op.table(), op.column());
        } else if (closing instanceof DropColumn op) {
            return ProcessorErrors.driftColumnUnmapped(op.table(), op.column());
        } else if (closing instanceof AlterColumnType op) {
            return ProcessorErrors.driftType(op.table(), op.column(),
                    replayed.requireTable(op.table()).requireColumn(op.column()).type(), op.type());
        } else if (closing instanceof SetNotNull op) {
            return ProcessorErrors.driftNotNullInModel(op.table(), op.column());
        } else if (closing instanceof DropNotNull op) {
            return ProcessorErrors.driftNullableInModel(op.table(), op.column());
        } else if (closing instanceof SetDefault op) {
            return ProcessorErrors.driftDefaultInModel(op.table(), op.column(), op.value().sql());
        } else if (closing instanceof DropDefault op) {
            return ProcessorErrors.driftDefaultInMigrations(op.table(), op.column());
        } else if (closing instanceof SetIdentity op) {
            return ProcessorErrors.driftIdentityInModel(op.table(), op.column());
        } else if (closing instanceof DropIdentity op) {
            return ProcessorErrors.driftIdentityInMigrations(op.table(), op.column());
        } else if (closing instanceof AddPrimaryKey op) {
            return ProcessorErrors.driftPrimaryKey(op.table(), op.key().columns(),
                    replayed.requireTable(op.table()).primaryKey());
        } else if (closing instanceof DropPrimaryKey op) {
            return ProcessorErrors.driftPrimaryKeyUnmapped(op.table(), replayed.requireTable(op.table()).primaryKey());
        } else if (closing instanceof CreateSequence op) {
            return ProcessorErrors.driftSequenceMissing(op.sequence().name());
        } else if (closing instanceof DropSequence op) {
            return ProcessorErrors.driftSequenceUnused(op.name());
        } else if (closing instanceof CreateSchema op) {
            return ProcessorErrors.driftSchemaMissing(op.name());
        } else if (closing instanceof DropSchema op) {
            return ProcessorErrors.driftSchemaUnused(op.name());
        }
        Optional<TableConstraint> created = DriftCheck.createdConstraint(closing);
        if (created.isPresent()) {
            return ProcessorErrors.driftConstraintMissing(created.get(), closing.tableName().orElseThrow());
        }
        Optional<String> dropped = droppedConstraintName(closing);
        if (dropped.isPresent()) {
            String table = closing.tableName().orElseThrow();
            return ProcessorErrors.driftConstraintUndeclared(
                    replayed.requireTable(table).requireConstraint(dropped.get()), table);
        }
        return ProcessorErrors.driftOther(closing.describe());
    }

    private static Optional<String> droppedConstraintName(Operation operation) {
        if (operation instanceof DropIndex op) {
            return Optional.of(op.name());
        } else if (operation instanceof DropForeignKey op) {
            return Optional.of(op.name());
        } else if (operation instanceof DropUniqueConstraint op) {
            return Optional.of(op.name());
        } else if (operation instanceof DropCheck op) {
            return Optional.of(op.name());
        }
        return Optional.empty();
    }
}
