package dev.retort.processor.check;

import dev.retort.processor.Options;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.migration.MigrationSource;
import dev.retort.processor.replay.ReplayedMigration;
import dev.retort.schema.Schema;
import java.util.List;

/** Every per-migration check, in the order they run. */
public final class MigrationChecks {

    public static final List<MigrationCheck> ALL = List.of(
            new UnreviewedCheck(),
            new MissingDowngradeCheck(),
            new DdlInExecuteCheck(),
            new RenameAsDropCheck(),
            new DropWithoutNoteCheck(),
            new DowngradeInverseCheck(),
            new NarrowingWithoutNoteCheck(),
            new UnsafeNotNullCheck(),
            new NotNullWithoutBackfillCheck(),
            new UniqueOnExistingTableCheck(),
            new BlockingIndexCheck(),
            new VolatileDefaultCheck(),
            new FkWithoutIndexCheck(),
            new LossyDowngradeCheck(),
            new NotValidConstraintCheck(),
            new NeverValidatedCheck(),
            new SafeSetNotNullCheck(),
            new TableRewriteCheck(),
            new NameCheck(),
            new DroppedGuaranteeCheck(),
            new EnumValuesRemovedCheck(),
            new TypeHygieneCheck());

    private MigrationChecks() {}

    /**
     * Runs every check on one migration; {@code replayed} is null when it was not replayed, and
     * {@code earlier} and {@code later} hold the migrations replayed before and after it, {@code head} the
     * schema after the last
     * (null when the replay did not reach it).
     */
    public static void run(MigrationSource migration, ReplayedMigration replayed, List<ReplayedMigration> earlier,
                           List<ReplayedMigration> later, Schema head, Options options, Reporter reporter) {
        MigrationContext context = MigrationContext.of(migration, replayed, earlier, later, head, options, reporter);
        for (MigrationCheck check : ALL) {
            if (replayed != null || !check.needsReplay()) {
                check.check(context);
            }
        }
    }
}
