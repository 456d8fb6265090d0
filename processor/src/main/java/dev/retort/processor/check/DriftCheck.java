package dev.retort.processor.check;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AddPrimaryKey;
import dev.retort.operation.AlterColumnType;
import dev.retort.operation.CreateCheck;
import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateSchema;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.operation.CreateUniqueConstraint;
import dev.retort.operation.DropDefault;
import dev.retort.operation.DropIdentity;
import dev.retort.operation.DropNotNull;
import dev.retort.operation.Operation;
import dev.retort.operation.SetDefault;
import dev.retort.operation.SetIdentity;
import dev.retort.operation.SetNotNull;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.drift.Drift;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.replay.TypedColumns;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.TableConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * The schema after the last migration against the schema the entities expect. Each difference is
 * one diagnostic: on the entity or field when the model asks for something the migrations do not
 * give, on the entity of the table (or the last migration) when the migrations give something the
 * model does not map.
 */
public final class DriftCheck {

    private final Reporter reporter;

    public DriftCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * Reports each difference.
     *
     * @param closing the operations from {@link Drift#closing}
     * @param replayed the schema after the last migration
     * @param typed where the migrations last typed each column
     * @param atHead where a difference with no model element is reported: the last migration; null
     *     when there are no migrations
     * @param skeletonHint what to tell the user about the generated skeleton (may be empty)
     */
    public void report(List<Operation> closing, Schema replayed, TypedColumns typed, EntityModel model,
                       Location atHead, String skeletonHint) {
        for (Operation operation : closing) {
            Location where = locate(operation, model, atHead);
            if (where != null) {
                reporter.report(Check.DRIFT, where, DriftDescription.of(operation, replayed)
                        + skeletonHint);
            }
            if (operation instanceof AlterColumnType change) {
                typed.at(change.table(), change.column()).ifPresent(at -> reporter.report(Check.DRIFT, at,
                        ProcessorErrors.driftAtTypingOperation(change.table(), change.column(),
                                replayed.requireTable(change.table()).requireColumn(change.column()).type(),
                                change.type())));
            }
        }
    }

    private static Location locate(Operation operation, EntityModel model, Location atHead) {
        Optional<Element> origin = modelOrigin(operation, model);
        if (origin.isPresent()) {
            return Location.of(origin.get());
        }
        Optional<Element> table = operation.tableName().flatMap(model::originOfTable);
        if (table.isPresent()) {
            return Location.of(table.get());
        }
        if (atHead != null) {
            return atHead;
        }
        return model.tableOrigins().values().stream().findFirst().map(Location::of).orElse(null);
    }

    /** The model element that asks for what this operation would create or change. */
    private static Optional<Element> modelOrigin(Operation operation, EntityModel model) {
        if (operation instanceof CreateTable op) {
            return model.originOfTable(op.table().name());
        } else if (operation instanceof AddColumn op) {
            return model.originOfColumn(op.table(), op.column().name());
        } else if (operation instanceof AlterColumnType op) {
            return model.originOfColumn(op.table(), op.column());
        } else if (operation instanceof SetNotNull op) {
            return model.originOfColumn(op.table(), op.column());
        } else if (operation instanceof DropNotNull op) {
            return model.originOfColumn(op.table(), op.column());
        } else if (operation instanceof SetDefault op) {
            return model.originOfColumn(op.table(), op.column());
        } else if (operation instanceof DropDefault op) {
            return model.originOfColumn(op.table(), op.column());
        } else if (operation instanceof SetIdentity op) {
            return model.originOfColumn(op.table(), op.column());
        } else if (operation instanceof DropIdentity op) {
            return model.originOfColumn(op.table(), op.column());
        } else if (operation instanceof AddPrimaryKey op) {
            return model.originOfTable(op.table());
        } else if (operation instanceof CreateSequence op) {
            return model.originOfSequence(op.sequence().name());
        } else if (operation instanceof CreateSchema op) {
            return model.tableOrigins().entrySet().stream()
                    .filter(e -> Identifiers.namespaceOf(e.getKey()).filter(op.name()::equals).isPresent())
                    .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).findFirst();
        }
        Optional<TableConstraint> created = createdConstraint(operation);
        return created.flatMap(c -> model.originOfConstraint(operation.tableName().orElseThrow(), c.name()));
    }

    /** The index, foreign key, unique constraint or check the operation creates. */
    static Optional<TableConstraint> createdConstraint(Operation operation) {
        if (operation instanceof CreateIndex op) {
            return Optional.of(op.index());
        } else if (operation instanceof CreateForeignKey op) {
            return Optional.of(op.foreignKey());
        } else if (operation instanceof CreateUniqueConstraint op) {
            return Optional.of(op.constraint());
        } else if (operation instanceof CreateCheck op) {
            return Optional.of(op.check());
        }
        return Optional.empty();
    }
}
