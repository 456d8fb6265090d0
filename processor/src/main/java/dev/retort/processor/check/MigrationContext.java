package dev.retort.processor.check;

import dev.retort.operation.Operation;
import dev.retort.processor.Options;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.migration.LocatedOperation;
import dev.retort.processor.migration.MigrationSource;
import dev.retort.processor.replay.ReplayedMigration;
import dev.retort.processor.replay.Step;
import dev.retort.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a per-migration check may read: the migration as written (its located operations are in its
 * upgrade and downgrade bodies), its replay (the schemas before and after, each step's schemas) and
 * what is new at each step, the build's options, and where to report.
 *
 * @param replayed null when the migration was not replayed (the graph or an earlier misfit stopped the
 *     replay); then {@code novelty} is null too
 * @param earlier the migrations replayed before this one, in graph order (empty when it was not replayed)
 * @param later the migrations replayed after this one, in graph order (empty when it was not replayed)
 * @param head the schema after the last migration; null when the replay did not reach it
 */
public record MigrationContext(MigrationSource migration, ReplayedMigration replayed, Novelty novelty,
                               List<ReplayedMigration> earlier, List<ReplayedMigration> later, Schema head,
                               Options options, Reporter reporter) {

    public MigrationContext {
        // Views, not copies: each migration's earlier and later ones are a prefix and a suffix of one
        // list, and copying them for every migration made the checks quadratic in the number of migrations.
        earlier = Collections.unmodifiableList(earlier);
        later = Collections.unmodifiableList(later);
    }

    public static MigrationContext of(MigrationSource migration, ReplayedMigration replayed,
                                      List<ReplayedMigration> earlier, List<ReplayedMigration> later,
                                      Schema head, Options options, Reporter reporter) {
        return new MigrationContext(migration, replayed, replayed == null ? null : Novelty.of(replayed), earlier,
                later, head, options, reporter);
    }

    /**
     * The upgrade's steps of this kind on a table an earlier migration created: the tables that hold
     * rows when this migration runs, where a lock or a scan is felt. A table made in the same
     * migration is empty. Only for a replayed migration.
     */
    public <T extends Operation> List<ExistingTableStep<T>> onExistingTables(Class<T> kind) {
        List<ExistingTableStep<T>> found = new ArrayList<>();
        List<Step> steps = replayed.steps();
        for (int i = 0; i < steps.size(); i++) {
            Operation operation = steps.get(i).located().operation();
            Optional<String> table = operation.tableName();
            if (kind.isInstance(operation) && table.isPresent() && novelty.existed(i, table.get())) {
                found.add(new ExistingTableStep<>(i, steps.get(i), kind.cast(operation)));
            }
        }
        return found;
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
