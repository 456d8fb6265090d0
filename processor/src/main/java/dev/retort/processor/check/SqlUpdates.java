package dev.retort.processor.check;

import dev.retort.sql.token.SqlSyntax;
import dev.retort.sql.token.SqlToken;
import dev.retort.sql.token.SqlTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the UPDATE and DELETE statements of an {@code execute} do to columns, read from its tokens:
 * enough to tell a backfill ({@code UPDATE t SET c = <value>}) from the skeleton's placeholder
 * ({@code UPDATE t SET c = NULL WHERE c IS NULL}, which changes nothing).
 */
final class SqlUpdates {

    /** One {@code SET column = value} of an UPDATE of {@code table}; {@code toNull} when the value is NULL. */
    record Assignment(String table, String column, boolean toNull) {}

    private SqlUpdates() {}

    /** Every assignment of the SQL's UPDATE statements, names in lower case without their qualifier. */
    static List<Assignment> assignments(String sql) {
        List<Assignment> assignments = new ArrayList<>();
        for (List<SqlToken> statement : SqlTokenizer.statements(sql, SqlSyntax.ANY)) {
            if (statement.size() < 2 || !statement.get(0).is("update") || !statement.get(1).isName()) {
                continue;
            }
            String table = lastName(statement, 1);
            int set = indexAtDepthZero(statement, "set", 2);
            if (set < 0) {
                continue;
            }
            int end = firstOf(statement, set + 1, "where", "from", "returning", "order", "limit");
            int start = set + 1;
            for (int i = start; i <= end; i++) {
                if (i == end || statement.get(i).is(",") && depth(statement, start, i) == 0) {
                    assignment(table, statement.subList(start, i)).ifPresent(assignments::add);
                    start = i + 1;
                }
            }
        }
        return assignments;
    }

    /** Whether the SQL is the skeleton's untouched placeholder: an UPDATE that sets a column to NULL where it is NULL. */
    static Optional<Assignment> placeholder(String sql) {
        List<List<SqlToken>> statements = SqlTokenizer.statements(sql, SqlSyntax.ANY);
        if (statements.size() != 1) {
            return Optional.empty();
        }
        List<SqlToken> s = statements.get(0);
        List<Assignment> assigned = assignments(sql);
        if (assigned.size() != 1 || !assigned.get(0).toNull()) {
            return Optional.empty();
        }
        int where = indexAtDepthZero(s, "where", 0);
        boolean whereNull = where >= 0 && s.size() - where >= 4 && s.get(s.size() - 2).is("is")
                && s.get(s.size() - 1).is("null") && s.get(s.size() - 3).isName()
                && s.get(s.size() - 3).value().equals(assigned.get(0).column());
        return whereNull ? Optional.of(assigned.get(0)) : Optional.empty();
    }

    /** Whether a DELETE statement of the SQL names the column (it may remove the rows that hold NULL). */
    static boolean deletesNaming(String sql, String column) {
        return SqlTokenizer.statements(sql, SqlSyntax.ANY).stream().filter(s -> s.get(0).is("delete"))
                .anyMatch(s -> s.stream().anyMatch(t -> t.isName() && t.value().equals(column.toLowerCase(Locale.ROOT))));
    }

    private static Optional<Assignment> assignment(String table, List<SqlToken> tokens) {
        int equals = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("=")) {
                equals = i;
                break;
            }
        }
        if (equals < 1 || !tokens.get(equals - 1).isName()) {
            return Optional.empty();
        }
        List<SqlToken> value = tokens.subList(equals + 1, tokens.size());
        boolean toNull = value.size() == 1 && value.get(0).is("null");
        return Optional.of(new Assignment(table, tokens.get(equals - 1).value(), toNull));
    }

    /** The name starting at {@code at}, without its qualifiers ({@code s.t} is {@code t}). */
    private static String lastName(List<SqlToken> tokens, int at) {
        int i = at;
        while (i + 2 < tokens.size() && tokens.get(i + 1).is(".") && tokens.get(i + 2).isName()) {
            i += 2;
        }
        return tokens.get(i).value();
    }

    private static int indexAtDepthZero(List<SqlToken> tokens, String keyword, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).is(keyword) && depth(tokens, 0, i) == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int firstOf(List<SqlToken> tokens, int from, String... keywords) {
        for (int i = from; i < tokens.size(); i++) {
            for (String keyword : keywords) {
                if (tokens.get(i).is(keyword) && depth(tokens, from, i) == 0) {
                    return i;
                }
            }
        }
        return tokens.size();
    }

    private static int depth(List<SqlToken> tokens, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            depth += tokens.get(i).is("(") ? 1 : tokens.get(i).is(")") ? -1 : 0;
        }
        return depth;
    }
}
