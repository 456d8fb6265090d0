package dev.retort.sql;

import dev.retort.sql.token.SqlSyntax;
import dev.retort.sql.token.SqlToken;
import dev.retort.sql.token.SqlTokenizer;
import java.util.Locale;

/**
 * The form in which two check expressions are compared. Databases keep a check as they parsed it:
 * PostgreSQL writes {@code ((price >= (0)::numeric))} and {@code x BETWEEN 0 AND 2} as
 * {@code ((x >= 0) AND (x <= 2))}, MariaDB {@code `price` >= 0}, H2 {@code "PRICE" >= 0}. The
 * expression is read as a tree ({@link CheckParser}) and written back in one spelling, with the
 * parentheses its precedence needs and no other: {@code (a OR b) AND c} stays apart from
 * {@code a OR (b AND c)}. What the parser does not read is compared as written, up to case outside
 * string literals, identifier quotes and spaces.
 */
final class CheckCanonical {

    private CheckCanonical() {}

    static String of(String expression) {
        return CheckParser.parse(expression).map(CheckExpression::sql).orElseGet(() -> asWritten(expression));
    }

    private static String asWritten(String expression) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (SqlToken token : SqlTokenizer.tokens(expression, SqlSyntax.ANY)) {
            if (!token.significant()) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(switch (token.kind()) {
                case STRING -> token.text();
                case QUOTED_NAME -> token.unquoteName().toLowerCase(Locale.ROOT);
                default -> token.text().toLowerCase(Locale.ROOT);
            });
        }
        return out.toString().strip();
    }
}
