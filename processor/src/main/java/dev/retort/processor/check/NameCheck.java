package dev.retort.processor.check;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AttachUniqueConstraint;
import dev.retort.operation.CreateCheck;
import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateSchema;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.operation.CreateUniqueConstraint;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameColumn;
import dev.retort.operation.RenameTable;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.migration.LocatedOperation;
import dev.retort.schema.Identifiers;
import dev.retort.sql.Database;
import dev.retort.sql.DatabaseType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The names an upgrade gives: longer than a targeted database keeps ({@link DatabaseType#identifierLimit}:
 * PostgreSQL cuts a name to 63 bytes without a word, so that two names can become one, and Retort's
 * {@code <table>_pkey} another; MariaDB refuses one over 64 characters, H2 one over 256), and tables
 * and columns named by a word a targeted database reserves, which every query must quote there.
 */
public final class NameCheck implements MigrationCheck {

    /** A name an operation gives, with what it names and whether queries write it. */
    private record Given(String kind, String name, boolean queried) {}

    @Override
    public Set<Check> reports() {
        return Set.of(Check.IDENTIFIER_TOO_LONG, Check.RESERVED_WORD);
    }

    @Override
    public boolean needsReplay() {
        return false;
    }

    @Override
    public void check(MigrationContext context) {
        List<DatabaseType> targets = Arrays.stream(Database.values()).filter(context.options()::targets)
                .map(Database::type).toList();
        for (LocatedOperation located : context.migration().upgrade().operations()) {
            for (Given given : names(located.operation())) {
                List<String> limits = targets.stream().filter(t -> t.identifierLimit().exceededBy(given.name()))
                        .map(t -> ProcessorErrors.identifierLimit(t.identifierLimit(), t.displayName())).toList();
                List<String> reservedIn = targets.stream().filter(t -> t.reservedWords().contains(given.name()))
                        .map(DatabaseType::displayName).toList();
                if (!limits.isEmpty()) {
                    context.reporter().report(Check.IDENTIFIER_TOO_LONG, context.at(located),
                            ProcessorErrors.identifierTooLong(given.kind(), given.name(),
                                    given.name().getBytes(StandardCharsets.UTF_8).length, limits));
                } else if (given.queried() && !reservedIn.isEmpty()) {
                    context.reporter().report(Check.RESERVED_WORD, context.at(located),
                            ProcessorErrors.reservedWord(given.kind(), given.name(), reservedIn));
                }
            }
        }
    }

    private static List<Given> names(Operation operation) {
        List<Given> names = new ArrayList<>();
        if (operation instanceof CreateTable create) {
            String table = Identifiers.localName(create.table().name());
            names.add(new Given("table", table, true));
            create.table().columns().keySet().forEach(c -> names.add(new Given("column", c, true)));
            if (create.table().primaryKey() != null) {
                names.add(new Given("primary key", table + "_pkey", false));
            }
            create.table().constraints().values().forEach(c -> names.add(new Given(c.kind(), c.name(), false)));
        } else if (operation instanceof RenameTable rename) {
            names.add(new Given("table", Identifiers.localName(rename.to()), true));
        } else if (operation instanceof AddColumn add) {
            names.add(new Given("column", add.column().name(), true));
        } else if (operation instanceof RenameColumn rename) {
            names.add(new Given("column", rename.to(), true));
        } else if (operation instanceof CreateIndex create) {
            names.add(new Given("index", create.index().name(), false));
        } else if (operation instanceof CreateForeignKey create) {
            names.add(new Given("foreign key", create.foreignKey().name(), false));
        } else if (operation instanceof CreateUniqueConstraint create) {
            names.add(new Given("unique constraint", create.constraint().name(), false));
        } else if (operation instanceof AttachUniqueConstraint attach) {
            names.add(new Given("unique constraint", attach.name(), false));
        } else if (operation instanceof CreateCheck create) {
            names.add(new Given("check", create.check().name(), false));
        } else if (operation instanceof CreateSequence create) {
            names.add(new Given("sequence", Identifiers.localName(create.sequence().name()), false));
        } else if (operation instanceof CreateSchema create) {
            names.add(new Given("schema", create.name(), false));
        }
        return names;
    }
}
