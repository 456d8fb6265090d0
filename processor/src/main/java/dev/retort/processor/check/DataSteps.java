package dev.retort.processor.check;

import dev.retort.operation.ExecuteSql;
import dev.retort.operation.Operation;
import dev.retort.processor.replay.Step;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Whether an upgrade changes data before a given step, in a way that may concern some columns. */
final class DataSteps {

    private DataSteps() {}

    /**
     * Whether a step before {@code index} is a Java data step (opaque, so it may), or an execute whose
     * SQL names one of the columns.
     */
    static boolean before(List<Step> steps, int index, List<String> columns) {
        for (int i = 0; i < index; i++) {
            Operation operation = steps.get(i).located().operation();
            if (operation.isDataStep() && (!(operation instanceof ExecuteSql sql) || names(sql.sql(), columns))) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(String sql, List<String> columns) {
        String text = sql.toLowerCase(Locale.ROOT);
        return columns.stream().anyMatch(c -> Pattern.compile("\\b" + Pattern.quote(c) + "\\b").matcher(text).find());
    }
}
