package dev.retort.processor.check;

import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropUniqueConstraint;
import dev.retort.operation.Operation;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.replay.ReplayedMigration;
import dev.retort.processor.replay.Step;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A foreign key whose columns no index starts with, once the upgrade is done (an index created later
 * in the same migration counts; the primary key and unique constraints are indexes too), and still
 * after the last migration: an index a later migration creates, as the skeleton does once the model
 * declares it, settles it. Reported on the {@code createForeignKey}, or on the {@code dropIndex} that
 * took the last such index away.
 */
public final class FkWithoutIndexCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.FK_WITHOUT_INDEX);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        ReplayedMigration replayed = context.replayed();
        Schema end = replayed.end();
        for (Step step : replayed.steps()) {
            Operation operation = step.located().operation();
            if (operation instanceof CreateForeignKey create) {
                Optional<ForeignKey> key = foreignKey(end, create.table(), create.foreignKey().name());
                if (key.isPresent() && !indexed(end.requireTable(create.table()), key.get())
                        && unindexedAtHead(context, create.table(), key.get().name())) {
                    report(context, step, ProcessorErrors.fkWithoutIndex(create.table(), key.get()));
                }
            } else if (operation instanceof DropIndex || operation instanceof DropUniqueConstraint) {
                String table = operation.tableName().orElseThrow();
                for (ForeignKey key : step.before().requireTable(table).foreignKeys().toList()) {
                    if (indexed(step.before().requireTable(table), key)
                            && !indexed(step.after().requireTable(table), key)
                            && foreignKey(end, table, key.name()).filter(k -> !indexed(end.requireTable(table), k))
                                    .isPresent() && unindexedAtHead(context, table, key.name())) {
                        report(context, step, ProcessorErrors.indexDropLeavesForeignKey(operation, table, key));
                    }
                }
            }
        }
    }

    private static void report(MigrationContext context, Step step, String message) {
        context.reporter().report(Check.FK_WITHOUT_INDEX, context.at(step), message);
    }

    /** Whether the key is still there and unindexed after the last migration (true when that is unknown). */
    private static boolean unindexedAtHead(MigrationContext context, String table, String name) {
        Schema head = context.head();
        return head == null || foreignKey(head, table, name).filter(k -> !indexed(head.requireTable(table), k)).isPresent();
    }

    private static Optional<ForeignKey> foreignKey(Schema schema, String table, String name) {
        return schema.table(table).flatMap(t -> t.foreignKeys().filter(k -> k.name().equals(name)).findFirst());
    }

    /** Whether an index, unique constraint or the primary key starts with the key's columns. */
    static boolean indexed(Table table, ForeignKey key) {
        List<String> columns = key.columns();
        if (table.primaryKey() != null && startsWith(table.primaryKey().columns(), columns)) {
            return true;
        }
        return table.indexes().anyMatch(i -> startsWith(i.columns(), columns))
                || table.uniqueConstraints().anyMatch(u -> startsWith(u.columns(), columns));
    }

    private static boolean startsWith(List<String> indexed, List<String> columns) {
        return indexed.size() >= columns.size() && indexed.subList(0, columns.size()).equals(columns);
    }
}
