package dev.retort.processor.check;

import dev.retort.operation.AlterColumnType;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.schema.SqlType;
import dev.retort.sql.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A type change on an existing table that copies the table on a targeted database ({@link TableRewrites}).
 * A narrowing is left to {@code narrowing-without-note}, which asks about the data it loses.
 */
public final class TableRewriteCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.TABLE_REWRITE);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        for (ExistingTableStep<AlterColumnType> found : context.onExistingTables(AlterColumnType.class)) {
            AlterColumnType alter = found.operation();
            SqlType from = found.step().before().requireTable(alter.table()).requireColumn(alter.column()).type();
            if (TypeNarrowing.loss(from, alter.type()).isPresent()) {
                continue; // narrowing-without-note asks about the data first
            }
            List<String> databases = new ArrayList<>();
            if (context.options().targets(Database.POSTGRESQL) && TableRewrites.rewrites(Database.POSTGRESQL, from, alter.type())) {
                databases.add("PostgreSQL");
            }
            if (context.options().targets(Database.MARIADB) && TableRewrites.rewrites(Database.MARIADB, from, alter.type())) {
                databases.add("MariaDB (ALGORITHM=COPY)");
            }
            if (!databases.isEmpty()) {
                context.reporter().report(Check.TABLE_REWRITE, context.at(found.step()),
                        ProcessorErrors.tableRewrite(alter, from, databases));
            }
        }
    }
}
