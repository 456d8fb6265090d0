package dev.retort.processor.check;

import dev.retort.schema.SqlType;
import dev.retort.schema.SqlType.Kind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether changing a column from one type to another can lose data, and what: a shorter varchar,
 * a smaller numeric, bigint to int, text to varchar, timestamp with time zone to without, a time with
 * fewer fractional digits, and any conversion that is not a known widening.
 */
final class TypeNarrowing {

    private static final Set<Kind> INTEGERS = EnumSet.of(Kind.TINYINT, Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT);
    private static final Set<Kind> CHARACTERS = EnumSet.of(Kind.VARCHAR, Kind.CHAR, Kind.TEXT, Kind.CLOB);
    private static final Set<Kind> BINARIES = EnumSet.of(Kind.VARBINARY, Kind.BLOB);
    private static final Set<Kind> UNLIMITED = EnumSet.of(Kind.TEXT, Kind.CLOB, Kind.BLOB);

    private TypeNarrowing() {}

    /** What the change from {@code from} to {@code to} can lose, as a message says it; empty when nothing. */
    static Optional<String> loss(SqlType from, SqlType to) {
        Kind f = from.kind();
        Kind t = to.kind();
        if (CHARACTERS.contains(f) && CHARACTERS.contains(t) || BINARIES.contains(f) && BINARIES.contains(t)) {
            return lengthLoss(from, to);
        }
        if (INTEGERS.contains(f) && INTEGERS.contains(t)) {
            return digits(t) < digits(f) ? Optional.of("values outside the " + to + " range") : Optional.empty();
        }
        if (INTEGERS.contains(f) && t == Kind.NUMERIC) {
            return to.size() - to.scale() < digits(f) ? Optional.of("values with more than "
                    + (to.size() - to.scale()) + " integer digits") : Optional.empty();
        }
        if (f == Kind.NUMERIC && t == Kind.NUMERIC) {
            return numericLoss(from, to);
        }
        if (f == Kind.TIME && t == Kind.TIME) {
            return to.size() >= from.size() ? Optional.empty() : Optional.of(to.size() == 0
                    ? "the fractional seconds" : "the fractional seconds beyond " + to.size() + " digits");
        }
        if (f == Kind.NUMERIC && INTEGERS.contains(t)) {
            return from.scale() > 0 ? Optional.of("the fractional digits")
                    : from.size() > digits(t) - 1 ? Optional.of("values outside the " + to + " range") : Optional.empty();
        }
        return otherLoss(from, to);
    }

    private static Optional<String> otherLoss(SqlType from, SqlType to) {
        Kind f = from.kind();
        Kind t = to.kind();
        if (f == Kind.REAL && t == Kind.DOUBLE || f == Kind.TIMESTAMP && t == Kind.TIMESTAMP_TZ
                || f == Kind.DATE && (t == Kind.TIMESTAMP || t == Kind.TIMESTAMP_TZ)) {
            return Optional.empty();
        }
        if (INTEGERS.contains(f) && (t == Kind.DOUBLE && f != Kind.BIGINT
                || t == Kind.REAL && (f == Kind.TINYINT || f == Kind.SMALLINT))) {
            return Optional.empty();
        }
        if ((t == Kind.TEXT || t == Kind.CLOB) && !BINARIES.contains(f)) {
            return Optional.empty();
        }
        if (f == Kind.TIMESTAMP_TZ && t == Kind.TIMESTAMP) {
            return Optional.of("the time zone of each value");
        }
        if ((f == Kind.TIMESTAMP || f == Kind.TIMESTAMP_TZ) && t == Kind.DATE) {
            return Optional.of("the time of day");
        }
        if ((f == Kind.TIMESTAMP || f == Kind.TIMESTAMP_TZ) && t == Kind.TIME) {
            return Optional.of("the date");
        }
        if (f == Kind.DOUBLE && t == Kind.REAL || (f == Kind.REAL || f == Kind.DOUBLE) && t == Kind.NUMERIC
                || f == Kind.NUMERIC && (t == Kind.REAL || t == Kind.DOUBLE) || f == Kind.BIGINT && t == Kind.DOUBLE
                || INTEGERS.contains(f) && t == Kind.REAL) {
            return Optional.of("digits that " + to + " cannot hold exactly");
        }
        if ((f == Kind.REAL || f == Kind.DOUBLE) && INTEGERS.contains(t)) {
            return Optional.of("the fractional digits");
        }
        return Optional.of("values that do not convert to " + to);
    }

    private static Optional<String> lengthLoss(SqlType from, SqlType to) {
        if (UNLIMITED.contains(to.kind())) {
            return Optional.empty();
        }
        String unit = BINARIES.contains(to.kind()) ? " bytes" : " characters";
        if (UNLIMITED.contains(from.kind()) || to.size() < from.size()) {
            return Optional.of("values longer than " + to.size() + unit);
        }
        return Optional.empty();
    }

    private static Optional<String> numericLoss(SqlType from, SqlType to) {
        if (to.scale() < from.scale()) {
            return Optional.of(to.scale() == 0 ? "the fractional digits" : "decimal places beyond " + to.scale());
        }
        if (to.size() - to.scale() < from.size() - from.scale()) {
            return Optional.of("values with more than " + (to.size() - to.scale()) + " integer digits");
        }
        return Optional.empty();
    }

    /** Decimal digits an integer type holds in full (its range has one more, partly). */
    private static int digits(Kind kind) {
        switch (kind) {
            case TINYINT: return 3;
            case SMALLINT: return 5;
            case INTEGER: return 10;
            default: return 19;
        }
    }
}
