package dev.retort.sql.token;

import java.util.Locale;

/**
 * One token of SQL text, as written: {@code text} is exactly the characters from {@code start}, so
 * the tokens of a text joined give it back.
 *
 * @param closed false for a string, quoted name or comment the text ends inside
 * @param escapes for a string: a backslash escapes in it ({@code E'...'}, or any on MariaDB)
 */
public record SqlToken(Kind kind, String text, int start, boolean closed, boolean escapes) {

    /** Where the token ends in the text. */
    public int end() {
        return start + text.length();
    }

    public enum Kind {
        /** Spaces, tabs and line breaks. */
        SPACE,
        /** {@code -- ...} to the end of the line, or {@code /* ... *}{@code /}. */
        COMMENT,
        /** A plain identifier or keyword. */
        WORD,
        /** {@code "name"} or {@code `name`}. */
        QUOTED_NAME,
        /** {@code '...'}, {@code E'...'}, {@code $$...$$}, {@code $tag$...$tag$}, or MariaDB's {@code "..."}. */
        STRING,
        NUMBER,
        /** An operator or punctuation: {@code ::}, {@code >=}, {@code (}, {@code ;}, ... */
        SYMBOL
    }

    /** Whether this is the keyword (a plain word, in any case) or the symbol. */
    public boolean is(String keywordOrSymbol) {
        return kind == Kind.WORD ? text.equalsIgnoreCase(keywordOrSymbol)
                : kind == Kind.SYMBOL && text.equals(keywordOrSymbol);
    }

    /** Whether this token is code a database reads: neither space nor comment. */
    public boolean significant() {
        return kind != Kind.SPACE && kind != Kind.COMMENT;
    }

    /** Whether this is a name, plain or quoted. */
    public boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_NAME;
    }

    /**
     * A name as the database compares it, folded to lower case (quoted or not: Retort's names are
     * compared without case); a string's value, its quotes and escapes undone; else the text.
     */
    public String value() {
        return switch (kind) {
            case WORD -> text.toLowerCase(Locale.ROOT);
            case QUOTED_NAME -> unquoteName().toLowerCase(Locale.ROOT);
            case STRING -> SqlStrings.value(this);
            default -> text;
        };
    }

    /** A quoted name's characters, its quotes and doubled quotes undone; a plain word as written. */
    public String unquoteName() {
        if (kind != Kind.QUOTED_NAME) {
            return text;
        }
        char quote = text.charAt(0);
        String body = text.substring(1, closed ? text.length() - 1 : text.length());
        return body.replace(String.valueOf(quote) + quote, String.valueOf(quote));
    }
}
