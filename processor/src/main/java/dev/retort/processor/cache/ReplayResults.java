package dev.retort.processor.cache;

import dev.retort.processor.diagnostic.Reporter;
import java.util.List;
import java.util.Map;

/**
 * What a build found by reading and replaying every migration of a module from its class files, and
 * what that depended on, for the next build that compiles none of the migrations.
 *
 * @param stamp Retort's build and the options that can change a finding ({@link BuildStamp})
 * @param positions a digest of what the module record says of the migrations: the lines and
 *     suppressions their diagnostics name
 * @param migrations the module's migrations by binary name, in the order the build saw them
 * @param classes the {@link dev.retort.processor.util.ChangeCheck} of every class file the reading used, by binary name
 * @param printed the diagnostics of reading, ordering, replaying and checking the migrations
 * @param index the migration index those migrations give
 * @param headSchema the schema after the last migration, as {@code SchemaJson} writes it
 * @param lastMigration the binary name of the last migration in graph order
 * @param lastId its id
 * @param typed where the migrations last typed each column
 * @param quietModel the digest of the model's schema ({@code SchemaJson}) that has no drift from
 *     {@code headSchema}, as the build that kept these found; empty when it found drift
 */
public record ReplayResults(String stamp, String positions, List<String> migrations, Map<String, String> classes,
                            List<Reporter.Printed> printed, String index, String headSchema, String lastMigration,
                            String lastId, List<TypedColumn> typed, String quietModel) {

    public ReplayResults {
        migrations = List.copyOf(migrations);
        classes = Map.copyOf(classes);
        printed = List.copyOf(printed);
        typed = List.copyOf(typed);
    }

    /** These results under this stamp, with the digest of the model found without drift. */
    public ReplayResults stamped(String stamp, String quietModel) {
        return new ReplayResults(stamp, positions, migrations, classes, printed, index, headSchema, lastMigration,
                lastId, typed, quietModel);
    }

    /** A column and the line of the migration's upgrade that last gave it its type. */
    public record TypedColumn(String table, String column, String migration, String file, int line) {}
}
