package dev.retort.sql;

import java.util.Set;

/**
 * The words one database reserves ({@link DatabaseType#reservedWords}): a name among them is quoted
 * in that database's SQL, and only there, since quoting changes a name on H2 (a quoted name keeps its
 * lower case, an unquoted one is upper case) and so must be done only where the database needs it.
 */
public final class ReservedWords {

    private final Set<String> words;

    private ReservedWords(Set<String> words) {
        this.words = words;
    }

    /** The words, lower case, separated by spaces. */
    public static ReservedWords of(String words) {
        return new ReservedWords(Set.of(words.trim().split(" +")));
    }

    /** Whether the name, folded to lower case, is reserved. */
    public boolean contains(String folded) {
        return words.contains(folded);
    }
}
