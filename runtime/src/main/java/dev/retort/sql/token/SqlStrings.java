package dev.retort.sql.token;

/** The value of a string token: its quotes, doubled quotes and (where they apply) backslash escapes undone. */
final class SqlStrings {

    private SqlStrings() {}

    static String value(SqlToken token) {
        String text = token.text();
        if (text.startsWith("$")) {
            int open = text.indexOf('$', 1) + 1;
            return text.substring(open, token.closed() ? text.length() - open : text.length());
        }
        int from = text.charAt(0) == '\'' || text.charAt(0) == '"' ? 1 : 2;
        char quote = text.charAt(from - 1);
        String body = text.substring(from, token.closed() ? text.length() - 1 : text.length());
        return unescape(body, quote, token.escapes());
    }

    private static String unescape(String body, char quote, boolean backslashes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == quote && i + 1 < body.length() && body.charAt(i + 1) == quote) {
                out.append(quote);
                i++;
            } else if (backslashes && c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    case 'b' -> '\b';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
