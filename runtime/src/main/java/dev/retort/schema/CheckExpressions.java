package dev.retort.schema;

import dev.retort.sql.token.SqlSyntax;
import dev.retort.sql.token.SqlToken;
import dev.retort.sql.token.SqlTokenizer;
import java.util.Locale;

/**
 * Reads the identifiers of a check expression, outside its string literals: enough to know which
 * columns it names and to follow a column rename, as databases do with the stored expression.
 */
final class CheckExpressions {

    private CheckExpressions() {}

    static boolean mentions(String expression, String column) {
        String wanted = column.toLowerCase(Locale.ROOT);
        boolean[] found = {false};
        walk(expression, (word, out) -> {
            if (unquote(word).toLowerCase(Locale.ROOT).equals(wanted)) {
                found[0] = true;
            }
            out.append(word);
        });
        return found[0];
    }

    /** The expression with each unquoted identifier that names one of these columns written by {@code spell}. */
    static String spellColumns(String expression, java.util.Set<String> columns,
                               java.util.function.UnaryOperator<String> spell) {
        return walk(expression, (word, out) -> {
            boolean column = word.charAt(0) != '"' && word.charAt(0) != '`'
                    && columns.contains(word.toLowerCase(Locale.ROOT));
            out.append(column ? spell.apply(word.toLowerCase(Locale.ROOT)) : word);
        });
    }

    static String rename(String expression, String from, String to) {
        String wanted = from.toLowerCase(Locale.ROOT);
        return walk(expression, (word, out) ->
                out.append(unquote(word).toLowerCase(Locale.ROOT).equals(wanted) ? to : word));
    }

    private interface WordVisitor {
        void visit(String word, StringBuilder out);
    }

    /** Copies the expression, letting the visitor write each identifier (plain, "quoted" or `quoted`). */
    private static String walk(String expression, WordVisitor visitor) {
        StringBuilder out = new StringBuilder();
        for (SqlToken token : SqlTokenizer.tokens(expression, SqlSyntax.ANY)) {
            if (token.isName()) {
                visitor.visit(token.text(), out);
            } else {
                out.append(token.text());
            }
        }
        return out.toString();
    }

    private static String unquote(String word) {
        char first = word.charAt(0);
        if ((first == '"' || first == '`') && word.length() >= 2) {
            return word.substring(1, word.length() - 1);
        }
        return word;
    }
}
