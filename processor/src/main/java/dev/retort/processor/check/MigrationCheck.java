package dev.retort.processor.check;

import dev.retort.processor.diagnostic.Check;
import java.util.Set;

/**
 * One per-migration check: it reads what {@link MigrationContext} gives and reports through its
 * reporter. Every implementation is listed, in the order they run, by {@link MigrationChecks}.
 */
public sealed interface MigrationCheck permits BlockingIndexCheck, DdlInExecuteCheck, DowngradeInverseCheck,
        DropWithoutNoteCheck, FkWithoutIndexCheck, LossyDowngradeCheck, MissingDowngradeCheck,
        NarrowingWithoutNoteCheck, NotNullWithoutBackfillCheck, RenameAsDropCheck, UniqueOnExistingTableCheck,
        UnreviewedCheck, UnsafeNotNullCheck, VolatileDefaultCheck, NotValidConstraintCheck, NeverValidatedCheck, SafeSetNotNullCheck,
        TableRewriteCheck, NameCheck, DroppedGuaranteeCheck, EnumValuesRemovedCheck, TypeHygieneCheck {

    /** The check ids this check reports; no other class reports them. */
    Set<Check> reports();

    /**
     * Whether this check reads the replay; such a check runs only on migrations that were replayed
     * ({@link MigrationContext#replayed()} is then never null).
     */
    boolean needsReplay();

    void check(MigrationContext context);
}
