package dev.retort.processor.replay;

import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.CreateTable;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameTable;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.migration.LocatedOperation;
import dev.retort.processor.migration.MethodBody;
import dev.retort.processor.migration.MigrationSource;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Replays migrations in memory with the runtime's own {@code applyTo}. An operation that does not fit
 * is reported at its call and skipped; the replay goes on, so one fault does not hide the others.
 * To avoid cascades, a later misfit on a table an earlier misfit touched is skipped silently, and
 * after an upgrade that could not be read whole, later misfits are all silent (the statements Retort
 * could not read may explain them). Either way the replay is then incomplete: no head schema.
 */
public final class Replayer {

    private final Reporter reporter;
    private final Set<String> tainted = new HashSet<>();
    private boolean blind;

    public Replayer(Reporter reporter) {
        this.reporter = reporter;
    }

    public Replay replay(List<MigrationSource> ordered) {
        List<ReplayedMigration> replayed = new ArrayList<>();
        Schema schema = Schema.EMPTY;
        boolean complete = true;
        for (MigrationSource migration : ordered) {
            MethodBody upgrade = migration.upgrade();
            blind |= !upgrade.complete();
            List<Step> steps = new ArrayList<>();
            boolean fit = upgrade.complete() & apply(schema, upgrade, steps);
            Schema end = steps.isEmpty() ? schema : steps.get(steps.size() - 1).after();
            Schema after = fit ? end : null;
            MethodBody downgrade = migration.downgrade();
            Schema afterDowngrade = !fit || downgrade.missing() || !downgrade.complete() ? null
                    : applyDowngrade(after, downgrade);
            replayed.add(new ReplayedMigration(migration, schema, after, afterDowngrade, steps));
            complete &= fit;
            schema = end;
        }
        return new Replay(replayed, complete ? schema : null);
    }

    /** Applies what fits, recording each step; false when some operation did not fit. */
    private boolean apply(Schema start, MethodBody body, List<Step> steps) {
        Schema schema = start;
        boolean fit = true;
        for (LocatedOperation located : body.operations()) {
            Operation operation = located.operation();
            try {
                Schema next = operation.applyTo(schema);
                steps.add(new Step(located, schema, next));
                schema = next;
            } catch (SchemaMisfitException misfit) {
                fit = false;
                Set<String> tables = tablesOf(operation);
                if (!blind && tables.stream().noneMatch(tainted::contains)) {
                    reporter.report(Check.UNKNOWN_OBJECT, located.at(body.method()),
                            ProcessorErrors.misfit(operation, misfit));
                }
                tainted.addAll(tables);
            }
        }
        return fit;
    }

    private Schema applyDowngrade(Schema start, MethodBody body) {
        Schema schema = start;
        for (LocatedOperation located : body.operations()) {
            try {
                schema = located.operation().applyTo(schema);
            } catch (SchemaMisfitException misfit) {
                reporter.report(Check.UNKNOWN_OBJECT, located.at(body.method()),
                        ProcessorErrors.misfit(located.operation(), misfit));
                return null;
            }
        }
        return schema;
    }

    /** Every table an operation names: its own, a rename's new name, a foreign key's referenced table. */
    private static Set<String> tablesOf(Operation operation) {
        Set<String> tables = new HashSet<>();
        operation.tableName().ifPresent(tables::add);
        if (operation instanceof RenameTable rename) {
            tables.add(rename.to());
        } else if (operation instanceof CreateForeignKey fk) {
            tables.add(fk.foreignKey().referencedTable());
        } else if (operation instanceof CreateTable create) {
            create.table().foreignKeys().forEach(fk -> tables.add(fk.referencedTable()));
        }
        return tables;
    }
}
