package dev.retort.sql.token;

/**
 * The string, name and comment forms a database reads, as far as telling code from text goes.
 *
 * @param dollarQuotes PostgreSQL's {@code $$...$$} and {@code $tag$...$tag$} strings
 * @param escapeStrings PostgreSQL's {@code E'...'} strings, where a backslash escapes
 * @param nestedComments {@code /* /* *}{@code / *}{@code /} nests (PostgreSQL), rather than ending at the first {@code *}{@code /}
 * @param backslashEscapes a backslash escapes in every {@code '...'} string (MariaDB and MySQL by default)
 */
public record SqlSyntax(boolean dollarQuotes, boolean escapeStrings, boolean nestedComments,
                        boolean backslashEscapes) {

    public static final SqlSyntax POSTGRESQL = new SqlSyntax(true, true, true, false);
    public static final SqlSyntax MARIADB = new SqlSyntax(false, false, false, true);
    public static final SqlSyntax H2 = new SqlSyntax(false, false, false, false);
    /**
     * SQL written for any of the three, as a migration's {@code execute} is: every form one of them
     * reads as a string or comment is one, and a backslash escapes only in {@code E'...'}.
     */
    public static final SqlSyntax ANY = new SqlSyntax(true, true, true, false);
}
