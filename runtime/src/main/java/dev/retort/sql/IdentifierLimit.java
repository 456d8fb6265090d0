package dev.retort.sql;

import java.nio.charset.StandardCharsets;

/**
 * The longest name a database keeps, counted in bytes (UTF-8) or characters, and whether it cuts a
 * longer one without a word (PostgreSQL) or refuses it.
 */
public record IdentifierLimit(int length, Unit unit, boolean truncates) {

    public enum Unit { BYTES, CHARACTERS }

    /** The name's length in this limit's unit. */
    public int lengthOf(String name) {
        return unit == Unit.BYTES ? name.getBytes(StandardCharsets.UTF_8).length : name.length();
    }

    public boolean exceededBy(String name) {
        return lengthOf(name) > length;
    }
}
