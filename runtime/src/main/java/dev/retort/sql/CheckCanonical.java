package dev.retort.sql;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form in which two check expressions are compared. Databases keep a check as they parsed it:
 * PostgreSQL writes {@code ((price >= (0)::numeric))}, MariaDB {@code `price` >= 0}, H2
 * {@code "PRICE" >= 0}. This drops identifier quotes, casts, parentheses, whitespace and case
 * outside string literals, unwraps {@code CAST(x AS type)} and writes {@code 0.0} as {@code 0}, so that
 * those three and the migration's {@code price >= 0} agree; PostgreSQL's rewriting of
 * {@code x IN ('a', 'b')} as {@code x = ANY (ARRAY['a', 'b'])} is undone too. A best effort for
 * anything more elaborate.
 */
final class CheckCanonical {

    private static final Pattern CAST = Pattern.compile(
            "::\\s*[a-z_][a-z0-9_]*(\\s+(varying|precision|with time zone|without time zone))?(\\s*\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\))?");

    private static final Pattern CAST_CALL = Pattern.compile(
            "cast\\s*\\(([^()]*?)\\s+as\\s+[a-z ]+?(\\s*\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\))?\\s*\\)");
    /** {@code =anyarray['a','b'][]}: what is left of PostgreSQL's {@code = ANY (ARRAY[...]::text[])}. */
    private static final Pattern ANY_ARRAY = Pattern.compile("=anyarray\\[((?:'(?:[^']|'')*',?)*)\\](?:\\[\\])?");
    private static final Pattern POINT_ZERO = Pattern.compile("(\\d)\\.0+(?![0-9])");

    private CheckCanonical() {}

    static String of(String expression) {
        StringBuilder out = new StringBuilder();
        StringBuilder code = new StringBuilder();
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'') {
                out.append(canonicalCode(code));
                code.setLength(0);
                int end = i + 1;
                while (end < n && !(expression.charAt(end) == '\''
                        && (end + 1 >= n || expression.charAt(end + 1) != '\''))) {
                    end += expression.charAt(end) == '\'' ? 2 : 1;
                }
                end = Math.min(end + 1, n);
                out.append(expression, i, end);
                i = end;
            } else {
                code.append(c);
                i++;
            }
        }
        out.append(canonicalCode(code));
        return ANY_ARRAY.matcher(out).replaceAll(m -> Matcher.quoteReplacement("in" + m.group(1)));
    }

    private static String canonicalCode(CharSequence code) {
        String lower = code.toString().toLowerCase(Locale.ROOT);
        lower = CAST.matcher(lower).replaceAll("");
        lower = CAST_CALL.matcher(lower).replaceAll("$1");
        lower = POINT_ZERO.matcher(lower).replaceAll("$1");
        return lower.replaceAll("[\"`()\\s]", "");
    }
}
