package dev.retort.processor.check;

import dev.retort.operation.ExecuteSql;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.migration.LocatedOperation;
import dev.retort.processor.migration.MethodBody;
import dev.retort.processor.migration.MigrationSource;
import dev.retort.sql.token.SqlSyntax;
import java.util.Optional;
import java.util.Set;

/**
 * SQL passed to {@code execute}, in upgrade or downgrade, that creates, alters or drops schema
 * objects: the replay cannot see it, so every other check, the computed inverse and drift miss it.
 */
public final class DdlInExecuteCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.DDL_IN_EXECUTE);
    }

    @Override
    public boolean needsReplay() {
        return false;
    }

    @Override
    public void check(MigrationContext context) {
        MigrationSource migration = context.migration();
        SqlSyntax syntax = context.options().sqlSyntax();
        check(context.reporter(), migration.upgrade(), syntax);
        check(context.reporter(), migration.downgrade(), syntax);
    }

    private static void check(Reporter reporter, MethodBody body, SqlSyntax syntax) {
        for (LocatedOperation located : body.operations()) {
            if (!(located.operation() instanceof ExecuteSql execute)) {
                continue;
            }
            Optional<SqlDdl.Statement> ddl = SqlDdl.find(execute.sql(), syntax);
            if (ddl.isPresent()) {
                String instead = ddl.get().operation() == null ? ProcessorErrors.ddlWithoutOperation()
                        : ProcessorErrors.ddlOperation(ddl.get().operation());
                reporter.report(Check.DDL_IN_EXECUTE, located.at(body.method()),
                        ProcessorErrors.ddlInExecute(ddl.get().text(), instead));
            }
        }
    }
}
