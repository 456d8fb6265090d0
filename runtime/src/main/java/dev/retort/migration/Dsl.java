package dev.retort.migration;

import dev.retort.schema.DefaultValue;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SqlType;
import dev.retort.schema.SqlType.Kind;

/**
 * The vocabulary of a migration body, for {@code import static dev.retort.migration.Dsl.*;}: column
 * declarations, types, defaults and referential actions. Every value here is known to javac.
 */
public final class Dsl {

    public static final SqlType TINYINT = SqlType.of(Kind.TINYINT);
    public static final SqlType SMALLINT = SqlType.of(Kind.SMALLINT);
    public static final SqlType INTEGER = SqlType.of(Kind.INTEGER);
    public static final SqlType BIGINT = SqlType.of(Kind.BIGINT);
    public static final SqlType BOOLEAN = SqlType.of(Kind.BOOLEAN);
    public static final SqlType TEXT = SqlType.of(Kind.TEXT);
    public static final SqlType REAL = SqlType.of(Kind.REAL);
    public static final SqlType DOUBLE = SqlType.of(Kind.DOUBLE);
    public static final SqlType DATE = SqlType.of(Kind.DATE);
    public static final SqlType TIME = SqlType.of(Kind.TIME);
    public static final SqlType TIMESTAMP = SqlType.of(Kind.TIMESTAMP);
    public static final SqlType TIMESTAMP_TZ = SqlType.of(Kind.TIMESTAMP_TZ);
    public static final SqlType UUID = SqlType.of(Kind.UUID);
    public static final SqlType BLOB = SqlType.of(Kind.BLOB);
    public static final SqlType CLOB = SqlType.of(Kind.CLOB);

    /** The database's current timestamp, as a default. */
    public static final DefaultValue CURRENT_TIMESTAMP = new DefaultValue.CurrentTimestamp();

    public static final ReferentialAction NO_ACTION = ReferentialAction.NO_ACTION;
    public static final ReferentialAction RESTRICT = ReferentialAction.RESTRICT;
    public static final ReferentialAction CASCADE = ReferentialAction.CASCADE;
    public static final ReferentialAction SET_NULL = ReferentialAction.SET_NULL;
    public static final ReferentialAction SET_DEFAULT = ReferentialAction.SET_DEFAULT;

    private Dsl() {}

    /** A nullable column with no default; chain {@code .notNull()}, {@code .primaryKey()} and so on. */
    public static ColumnSpec column(String name, SqlType type) {
        return new ColumnSpec(name, type, false, false, false, false, null);
    }

    public static SqlType varchar(int length) {
        return SqlType.varchar(length);
    }

    public static SqlType character(int length) {
        return SqlType.character(length);
    }

    public static SqlType numeric(int precision, int scale) {
        return SqlType.numeric(precision, scale);
    }

    public static SqlType varbinary(int length) {
        return SqlType.varbinary(length);
    }

    /** A time of day with fractional seconds: {@code time(6)} keeps microseconds; {@link #TIME} keeps whole seconds. */
    public static SqlType time(int fractionalDigits) {
        return SqlType.time(fractionalDigits);
    }
}
