package dev.retort.sql;

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
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'') {
                int end = expression.indexOf('\'', i + 1);
                while (end > 0 && end + 1 < n && expression.charAt(end + 1) == '\'') {
                    end = expression.indexOf('\'', end + 2);
                }
                end = end < 0 ? n : end + 1;
                out.append(expression, i, end);
                i = end;
            } else if (Character.isWhitespace(c)) {
                while (i < n && Character.isWhitespace(expression.charAt(i))) {
                    i++;
                }
                out.append(' ');
            } else {
                if (c != '"' && c != '`') {
                    out.append(Character.toLowerCase(c));
                }
                i++;
            }
        }
        return out.toString().strip();
    }
}
