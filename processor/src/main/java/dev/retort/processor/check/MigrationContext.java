package dev.retort.processor.check;

import dev.retort.processor.Options;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.migration.LocatedOperation;
import dev.retort.processor.migration.MigrationSource;
import dev.retort.processor.replay.ReplayedMigration;
import dev.retort.processor.replay.Step;
import dev.retort.schema.Schema;
import java.util.Collections;
import java.util.List;

/**
 * What a per-migration check may read: the migration as written (its located operations are in its
 * upgrade and downgrade bodies), its replay (the schemas before and after, each step's schemas) and
 * what is new at each step, the build's options, and where to report.
 *
 * @param replayed null when the migration was not replayed (the graph or an earlier misfit stopped the
 *     replay); then {@code novelty} is null too
 * @param earlier the migrations replayed before this one, in graph order (empty when it was not replayed)
 * @param head the schema after the last migration; null when the replay did not reach it
 */
public record MigrationContext(MigrationSource migration, ReplayedMigration replayed, Novelty novelty,
                               List<ReplayedMigration> earlier, Schema head, Options options, Reporter reporter) {

    public MigrationContext {
        // A view, not a copy: each migration's earlier ones are a prefix of one list, and copying it
        // for every migration made the checks quadratic in the number of migrations.
        earlier = Collections.unmodifiableList(earlier);
    }

    public static MigrationContext of(MigrationSource migration, ReplayedMigration replayed,
                                      List<ReplayedMigration> earlier, Schema head, Options options,
                                      Reporter reporter) {
        return new MigrationContext(migration, replayed, replayed == null ? null : Novelty.of(replayed), earlier,
                head, options, reporter);
    }

    /** Where a diagnostic about an upgrade step goes: at its call. */
    public Location at(Step step) {
        return at(step.located());
    }

    /** Where a diagnostic about an upgrade operation goes: at its call. */
    public Location at(LocatedOperation operation) {
        return operation.at(migration.upgrade().method());
    }
}
