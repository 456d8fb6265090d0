package dev.retort.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tokens of a check expression: names (plain, {@code "quoted"} or {@code `quoted`}, folded to
 * lower case), string literals (kept as written), numbers, and symbols ({@code >=}, {@code ::},
 * {@code (}, ...). Empty when the text holds something else, such as an unterminated literal.
 */
final class CheckTokens {

    enum Kind { NAME, STRING, NUMBER, SYMBOL }

    /** {@code quoted}: a quoted name, never a keyword. */
    record Token(Kind kind, String text, boolean quoted) {

        boolean is(String symbolOrKeyword) {
            return (kind == Kind.SYMBOL || kind == Kind.NAME && !quoted) && text.equals(symbolOrKeyword);
        }
    }

    private static final List<String> SYMBOLS = List.of("!~~", "::", "<>", "!=", "<=", ">=", "||", "~~",
            "=", "<", ">", "+", "-", "*", "/", "%", "(", ")", "[", "]", ",");

    private CheckTokens() {}

    static Optional<List<Token>> of(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int end = i + 1;
                while (end < n && !(expression.charAt(end) == '\'' && (end + 1 >= n || expression.charAt(end + 1) != '\''))) {
                    end += expression.charAt(end) == '\'' ? 2 : 1;
                }
                if (end >= n) {
                    return Optional.empty();
                }
                tokens.add(new Token(Kind.STRING, expression.substring(i, end + 1), false));
                i = end + 1;
            } else if (c == '"' || c == '`') {
                int end = expression.indexOf(c, i + 1);
                if (end < 0) {
                    return Optional.empty();
                }
                tokens.add(new Token(Kind.NAME, expression.substring(i + 1, end).toLowerCase(Locale.ROOT), true));
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(expression.charAt(end)) || expression.charAt(end) == '_'
                        || expression.charAt(end) == '$')) {
                    end++;
                }
                tokens.add(new Token(Kind.NAME, expression.substring(i, end).toLowerCase(Locale.ROOT), false));
                i = end;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(expression.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && (Character.isDigit(expression.charAt(end)) || expression.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, expression.substring(i, end), false));
                i = end;
            } else {
                int at = i;
                Optional<String> symbol = SYMBOLS.stream().filter(s -> expression.startsWith(s, at)).findFirst();
                if (symbol.isEmpty()) {
                    return Optional.empty();
                }
                tokens.add(new Token(Kind.SYMBOL, symbol.get(), false));
                i += symbol.get().length();
            }
        }
        return Optional.of(tokens);
    }
}
