package dev.retort.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.retort.sql.token.SqlSyntax;
import dev.retort.sql.token.SqlToken;
import dev.retort.sql.token.SqlTokenizer;

/**
 * The tokens of a check expression, as the one {@link SqlTokenizer} reads them: names (plain,
 * {@code "quoted"} or {@code `quoted`}, folded to lower case), string literals (kept as written),
 * numbers, and the symbols of the check grammar ({@code >=}, {@code ::}, {@code (}, ...); comments
 * are left out. Empty when the text holds something else, such as an unterminated literal.
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
        for (SqlToken token : SqlTokenizer.code(expression, SqlSyntax.ANY)) {
            if (!token.closed()) {
                return Optional.empty();
            }
            switch (token.kind()) {
                case WORD -> tokens.add(new Token(Kind.NAME, token.value(), false));
                case QUOTED_NAME -> tokens.add(new Token(Kind.NAME, token.value(), true));
                case STRING -> tokens.add(new Token(Kind.STRING, token.text(), false));
                case NUMBER -> {
                    if (!token.text().matches("[0-9.]+")) {
                        return Optional.empty();
                    }
                    tokens.add(new Token(Kind.NUMBER, token.text(), false));
                }
                default -> {
                    if (!SYMBOLS.contains(token.text())) {
                        return Optional.empty();
                    }
                    tokens.add(new Token(Kind.SYMBOL, token.text(), false));
                }
            }
        }
        return Optional.of(tokens);
    }
}
