package dev.retort.schema;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column's SQL type, independent of any database. {@code size} is the length of character and
 * binary types, the precision of {@code NUMERIC} and the fractional digits of {@code TIME} (0 to 9,
 * 0 for whole seconds); {@code scale} is the scale of {@code NUMERIC}. Both are zero where the kind
 * takes none.
 */
public record SqlType(Kind kind, int size, int scale) {

    /** The most fractional digits of seconds a {@code TIME} keeps (nanoseconds). */
    public static final int MAX_FRACTIONAL_DIGITS = 9;

    private static final Pattern TEXT_FORM =
            Pattern.compile("([a-z_]+)\\s*(?:\\(\\s*(\\d{1,9})\\s*(?:,\\s*(\\d{1,9})\\s*)?\\))?");

    /** The kinds of type Retort knows. */
    public enum Kind {
        TINYINT, SMALLINT, INTEGER, BIGINT, BOOLEAN,
        VARCHAR(true), CHAR(true), TEXT,
        NUMERIC(true), REAL, DOUBLE,
        DATE, TIME, TIMESTAMP, TIMESTAMP_TZ,
        UUID, VARBINARY(true), BLOB, CLOB;

        private final boolean sized;

        Kind() {
            this(false);
        }

        Kind(boolean sized) {
            this.sized = sized;
        }

        public boolean sized() {
            return sized;
        }
    }

    public SqlType {
        if (kind == null) {
            throw new SchemaMisfitException("type kind is missing");
        }
        if (kind == Kind.TIME) {
            if (size < 0 || size > MAX_FRACTIONAL_DIGITS) {
                throw new SchemaMisfitException("time(" + size + ") needs between 0 and " + MAX_FRACTIONAL_DIGITS
                        + " fractional digits");
            }
        } else if (kind.sized()) {
            if (size <= 0) {
                throw new SchemaMisfitException(name(kind) + " needs a size greater than 0, not " + size);
            }
        } else if (size != 0) {
            throw new SchemaMisfitException(name(kind) + " takes no size");
        }
        if (kind == Kind.NUMERIC) {
            if (scale < 0 || scale > size) {
                throw new SchemaMisfitException("numeric(" + size + ", " + scale
                        + ") needs a scale between 0 and the precision");
            }
        } else if (scale != 0) {
            throw new SchemaMisfitException(name(kind) + " takes no scale");
        }
    }

    public static SqlType of(Kind kind) {
        return new SqlType(kind, 0, 0);
    }

    public static SqlType varchar(int length) {
        return new SqlType(Kind.VARCHAR, length, 0);
    }

    public static SqlType character(int length) {
        return new SqlType(Kind.CHAR, length, 0);
    }

    public static SqlType numeric(int precision, int scale) {
        return new SqlType(Kind.NUMERIC, precision, scale);
    }

    public static SqlType varbinary(int length) {
        return new SqlType(Kind.VARBINARY, length, 0);
    }

    /** A time of day with this many fractional digits of seconds: {@code time(6)} keeps microseconds. */
    public static SqlType time(int fractionalDigits) {
        return new SqlType(Kind.TIME, fractionalDigits, 0);
    }

    /**
     * The type that {@link #toString} writes as this text, e.g. {@code varchar(255)},
     * {@code numeric(10, 2)} or {@code time(6)}; case and spaces around the numbers do not matter.
     */
    public static SqlType parse(String text) {
        Matcher parts = TEXT_FORM.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!parts.matches()) {
            throw new SchemaMisfitException("'" + text + "' is not a type such as integer, varchar(255)"
                    + " or numeric(10, 2)");
        }
        Kind kind = null;
        for (Kind candidate : Kind.values()) {
            if (name(candidate).equals(parts.group(1))) {
                kind = candidate;
            }
        }
        if (kind == null) {
            throw new SchemaMisfitException("unknown type '" + text + "'");
        }
        int size = parts.group(2) == null ? 0 : Integer.parseInt(parts.group(2));
        int scale = parts.group(3) == null ? 0 : Integer.parseInt(parts.group(3));
        return new SqlType(kind, size, scale);
    }

    /** The type as Retort writes it in messages and in the DSL, e.g. {@code varchar(255)}. */
    @Override
    public String toString() {
        if (kind == Kind.NUMERIC) {
            return "numeric(" + size + ", " + scale + ")";
        }
        return kind.sized() || kind == Kind.TIME && size > 0 ? name(kind) + "(" + size + ")" : name(kind);
    }

    private static String name(Kind kind) {
        return kind == Kind.CHAR ? "character" : kind.name().toLowerCase(Locale.ROOT);
    }
}
