package dev.retort.processor.check;

import dev.retort.operation.ExecuteSql;
import dev.retort.operation.Operation;
import dev.retort.processor.replay.Step;
import dev.retort.sql.token.SqlSyntax;
import dev.retort.sql.token.SqlToken;
import dev.retort.sql.token.SqlTokenizer;
import java.util.List;
import java.util.Locale;

/** Whether an upgrade changes data before a given step, in a way that may concern some columns. */
final class DataSteps {

    private DataSteps() {}

    /**
     * Whether a step before {@code index} is a Java data step (opaque, so it may), or an execute whose
     * SQL names one of the columns.
     */
    static boolean before(List<Step> steps, int index, List<String> columns, SqlSyntax syntax) {
        for (int i = 0; i < index; i++) {
            Operation operation = steps.get(i).located().operation();
            if (operation.isDataStep() && (!(operation instanceof ExecuteSql sql) || names(sql.sql(), columns, syntax))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the SQL names one of the columns, outside its strings and comments. */
    private static boolean names(String sql, List<String> columns, SqlSyntax syntax) {
        return SqlTokenizer.code(sql, syntax).stream().filter(SqlToken::isName)
                .anyMatch(t -> columns.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).equals(t.value())));
    }
}
