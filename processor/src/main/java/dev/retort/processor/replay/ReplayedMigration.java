package dev.retort.processor.replay;

import dev.retort.processor.migration.MigrationSource;
import dev.retort.schema.Schema;

/**
 * A migration and the schemas around it.
 *
 * @param before the schema its upgrade starts from
 * @param after the schema after its upgrade; null when the upgrade did not fit
 * @param afterDowngrade the schema after upgrade then downgrade; null when not computed (no
 *     downgrade, an unreadable one, or one that did not fit)
 */
public record ReplayedMigration(MigrationSource source, Schema before, Schema after, Schema afterDowngrade) {}
