package dev.retort.sql.token;

import dev.retort.sql.Database;
import java.util.Set;

/**
 * The string, name and comment forms a database reads, as far as telling code from text goes.
 *
 * @param dollarQuotes PostgreSQL's {@code $$...$$} and {@code $tag$...$tag$} strings
 * @param escapeStrings PostgreSQL's {@code E'...'} strings, where a backslash escapes
 * @param nestedComments {@code /* /* *}{@code / *}{@code /} nests (PostgreSQL), rather than ending at the first {@code *}{@code /}
 * @param backslashEscapes a backslash escapes in every {@code '...'} string (MariaDB and MySQL by default)
 * @param doubleQuotedStrings {@code "..."} is a string, as {@code '...'} is (MariaDB and MySQL without
 *     {@code ANSI_QUOTES}, their default), rather than a quoted name
 */
public record SqlSyntax(boolean dollarQuotes, boolean escapeStrings, boolean nestedComments,
                        boolean backslashEscapes, boolean doubleQuotedStrings) {

    public static final SqlSyntax POSTGRESQL = new SqlSyntax(true, true, true, false, false);
    public static final SqlSyntax MARIADB = new SqlSyntax(false, false, false, true, true);
    public static final SqlSyntax H2 = new SqlSyntax(false, false, false, false, false);
    /**
     * SQL written for any of the three, as a migration's {@code execute} is: every form one of them
     * reads as a string or comment is one, a backslash escapes only in {@code E'...'}, and
     * {@code "..."} is a name, as PostgreSQL and H2 read it (portable SQL keeps its strings in
     * {@code '...'}).
     */
    public static final SqlSyntax ANY = new SqlSyntax(true, true, true, false, false);

    /** How SQL written for these databases reads: the one's syntax, or {@link #ANY} for several (or none). */
    public static SqlSyntax of(Set<Database> targets) {
        if (targets.size() != 1) {
            return ANY;
        }
        return switch (targets.iterator().next()) {
            case H2 -> H2;
            case POSTGRESQL -> POSTGRESQL;
            case MARIADB -> MARIADB;
        };
    }
}
