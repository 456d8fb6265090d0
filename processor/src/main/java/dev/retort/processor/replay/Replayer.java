package dev.retort.processor.replay;

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
import java.util.List;

/**
 * Replays migrations in memory with the runtime's own {@code applyTo}. An operation that does not fit
 * is reported at its call, and the replay stops there: what follows would only repeat the error.
 */
public final class Replayer {

    private final Reporter reporter;

    public Replayer(Reporter reporter) {
        this.reporter = reporter;
    }

    public Replay replay(List<MigrationSource> ordered) {
        List<ReplayedMigration> replayed = new ArrayList<>();
        Schema schema = Schema.EMPTY;
        for (MigrationSource migration : ordered) {
            if (!migration.upgrade().complete()) {
                return new Replay(replayed, null);
            }
            Schema after = apply(schema, migration.upgrade());
            if (after == null) {
                replayed.add(new ReplayedMigration(migration, schema, null, null));
                return new Replay(replayed, null);
            }
            MethodBody downgrade = migration.downgrade();
            Schema afterDowngrade = downgrade.missing() || !downgrade.complete() ? null : apply(after, downgrade);
            replayed.add(new ReplayedMigration(migration, schema, after, afterDowngrade));
            schema = after;
        }
        return new Replay(replayed, schema);
    }

    private Schema apply(Schema start, MethodBody body) {
        Schema schema = start;
        for (LocatedOperation located : body.operations()) {
            try {
                schema = located.operation().applyTo(schema);
            } catch (SchemaMisfitException misfit) {
                reporter.report(Check.UNKNOWN_OBJECT, Location.of(located.call(), body.method()),
                        ProcessorErrors.misfit(located.operation(), misfit));
                return null;
            }
        }
        return schema;
    }
}
