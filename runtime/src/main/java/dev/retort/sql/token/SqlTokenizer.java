package dev.retort.sql.token;

import dev.retort.sql.token.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits SQL text into tokens, knowing each database's string, quoted-name and comment forms, so
 * that what looks like code inside a string or comment is never taken for code. It never fails: an
 * unknown character is a one-character symbol, and a string or comment the text ends inside is an
 * unclosed token.
 */
public final class SqlTokenizer {

    private static final List<String> SYMBOLS = List.of("!~~", "::", "<>", "!=", "<=", ">=", "||", "~~", ":=");
    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$");

    private final SqlSyntax syntax;
    private final String sql;
    private final List<SqlToken> tokens = new ArrayList<>();
    private int at;

    private SqlTokenizer(SqlSyntax syntax, String sql) {
        this.syntax = syntax;
        this.sql = sql;
    }

    /** Every token of the text, spaces and comments included. */
    public static List<SqlToken> tokens(String sql, SqlSyntax syntax) {
        SqlTokenizer tokenizer = new SqlTokenizer(syntax, sql);
        tokenizer.run();
        return List.copyOf(tokenizer.tokens);
    }

    /** The tokens a database reads: no spaces, no comments. */
    public static List<SqlToken> code(String sql, SqlSyntax syntax) {
        return tokens(sql, syntax).stream().filter(SqlToken::significant).toList();
    }

    /** The code tokens of each statement, split at each semicolon; no statement is empty. */
    public static List<List<SqlToken>> statements(String sql, SqlSyntax syntax) {
        List<List<SqlToken>> statements = new ArrayList<>();
        List<SqlToken> current = new ArrayList<>();
        for (SqlToken token : code(sql, syntax)) {
            if (token.is(";")) {
                if (!current.isEmpty()) {
                    statements.add(List.copyOf(current));
                }
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) {
            statements.add(List.copyOf(current));
        }
        return statements;
    }

    private void run() {
        int n = sql.length();
        while (at < n) {
            char c = sql.charAt(at);
            char next = at + 1 < n ? sql.charAt(at + 1) : 0;
            if (Character.isWhitespace(c)) {
                int end = at;
                while (end < n && Character.isWhitespace(sql.charAt(end))) {
                    end++;
                }
                add(Kind.SPACE, end, true, false);
            } else if (c == '-' && next == '-') {
                int end = sql.indexOf('\n', at);
                add(Kind.COMMENT, end < 0 ? n : end, true, false);
            } else if (c == '/' && next == '*') {
                blockComment();
            } else if (c == '\'') {
                quoted(at, syntax.backslashEscapes());
            } else if ((c == 'E' || c == 'e') && next == '\'' && syntax.escapeStrings()) {
                quoted(at + 1, true);
            } else if (c == '"' && syntax.doubleQuotedStrings()) {
                quoted(at, syntax.backslashEscapes());
            } else if (c == '"' || c == '`') {
                quotedName(c);
            } else if (c == '$' && syntax.dollarQuotes() && dollarQuoted()) {
                continue;
            } else if (Character.isLetter(c) || c == '_') {
                int end = at + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                add(Kind.WORD, end, true, false);
            } else if (Character.isDigit(c) || c == '.' && Character.isDigit(next)) {
                int end = at + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                add(Kind.NUMBER, end, true, false);
            } else {
                String symbol = SYMBOLS.stream().filter(s -> sql.startsWith(s, at)).findFirst()
                        .orElse(String.valueOf(c));
                add(Kind.SYMBOL, at + symbol.length(), true, false);
            }
        }
    }

    private void add(Kind kind, int end, boolean closed, boolean escapes) {
        tokens.add(new SqlToken(kind, sql.substring(at, end), at, closed, escapes));
        at = end;
    }

    /** {@code /* ... *}{@code /}, nested where the syntax nests them. */
    private void blockComment() {
        int depth = 0;
        int i = at;
        int n = sql.length();
        while (i < n) {
            if (sql.startsWith("/*", i) && (depth == 0 || syntax.nestedComments())) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    add(Kind.COMMENT, i, true, false);
                    return;
                }
            } else {
                i++;
            }
        }
        add(Kind.COMMENT, n, false, false);
    }

    /**
     * A string whose opening quote ({@code '}, or {@code "} where that quotes strings) is at
     * {@code quote}: the quote doubled is one, and with escapes a backslash escapes it too.
     */
    private void quoted(int quote, boolean escapes) {
        char delimiter = sql.charAt(quote);
        int i = quote + 1;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (escapes && c == '\\') {
                i += 2;
            } else if (c == delimiter) {
                if (i + 1 < n && sql.charAt(i + 1) == delimiter) {
                    i += 2;
                } else {
                    add(Kind.STRING, i + 1, true, escapes);
                    return;
                }
            } else {
                i++;
            }
        }
        add(Kind.STRING, n, false, escapes);
    }

    /** {@code "name"} or {@code `name`}, where a doubled quote is one. */
    private void quotedName(char quote) {
        int i = at + 1;
        int n = sql.length();
        while (i < n) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                add(Kind.QUOTED_NAME, i + 1, true, false);
                return;
            }
            i++;
        }
        add(Kind.QUOTED_NAME, n, false, false);
    }

    /** {@code $$...$$} or {@code $tag$...$tag$}; false when the dollar opens no such string (a {@code $1} parameter). */
    private boolean dollarQuoted() {
        Matcher tag = DOLLAR_TAG.matcher(sql).region(at, sql.length());
        if (!tag.lookingAt()) {
            return false;
        }
        String delimiter = tag.group();
        int close = sql.indexOf(delimiter, tag.end());
        if (close < 0) {
            add(Kind.STRING, sql.length(), false, false);
        } else {
            add(Kind.STRING, close + delimiter.length(), true, false);
        }
        return true;
    }
}
