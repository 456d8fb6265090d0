package dev.retort.processor.replay;

import dev.retort.schema.Schema;
import java.util.List;

/**
 * The replay of every migration in graph order over an empty schema.
 *
 * @param head the schema after the last migration; null when the replay stopped early (a migration
 *     that did not fit or could not be read), in which case later migrations are not replayed
 */
public record Replay(List<ReplayedMigration> migrations, Schema head) {

    public Replay {
        migrations = List.copyOf(migrations);
    }

    public boolean complete() {
        return head != null;
    }
}
