package dev.retort.processor.check;

import dev.retort.schema.SqlType;
import dev.retort.schema.SqlType.Kind;
import dev.retort.sql.Database;

/**
 * Whether a column's type change copies the whole table. PostgreSQL keeps the rows for the changes it
 * knows binary-compatible: a longer varchar, varchar to text, more digits of a numeric of the same
 * scale, more fractional digits of a time or timestamp, and a type it stores alike (smallint for
 * tinyint, bytea for every varbinary). MariaDB changes a column in place only to a longer varchar that
 * keeps the same length prefix (up to 255 bytes, or over, four bytes to a utf8mb4 character); every
 * other change is ALGORITHM=COPY.
 */
final class TableRewrites {

    private TableRewrites() {}

    static boolean rewrites(Database database, SqlType from, SqlType to) {
        if (from.equals(to)) {
            return false;
        }
        return switch (database) {
            case POSTGRESQL -> !postgresKeepsRows(from, to);
            case MARIADB -> !mariaDbInPlace(from, to);
            case H2 -> false;
        };
    }

    private static boolean postgresKeepsRows(SqlType from, SqlType to) {
        Kind f = from.kind();
        Kind t = to.kind();
        if (f == Kind.VARCHAR && t == Kind.VARCHAR) {
            return to.size() >= from.size();
        }
        if (f == Kind.VARCHAR && t == Kind.TEXT || f == Kind.VARBINARY && t == Kind.VARBINARY) {
            return true;
        }
        if (f == Kind.NUMERIC && t == Kind.NUMERIC) {
            return to.scale() == from.scale() && to.size() >= from.size();
        }
        if (f == Kind.TIME && t == Kind.TIME) {
            return to.size() >= from.size();
        }
        return (f == Kind.TINYINT || f == Kind.SMALLINT) && (t == Kind.TINYINT || t == Kind.SMALLINT);
    }

    private static boolean mariaDbInPlace(SqlType from, SqlType to) {
        if (from.kind() != Kind.VARCHAR || to.kind() != Kind.VARCHAR || to.size() < from.size()) {
            return false;
        }
        return (from.size() * 4 <= 255) == (to.size() * 4 <= 255);
    }
}
