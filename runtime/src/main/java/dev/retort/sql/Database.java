package dev.retort.sql;

import dev.retort.sql.h2.H2DatabaseType;
import dev.retort.sql.mariadb.MariaDbDatabaseType;
import dev.retort.sql.postgres.PostgresDatabaseType;
import java.util.Arrays;
import java.util.List;

/** The databases Retort speaks to: the names options and users give, each mapped to its {@link DatabaseType}. */
public enum Database {
    H2, POSTGRESQL, MARIADB;

    private static final DatabaseType H2_TYPE = new H2DatabaseType();
    private static final DatabaseType POSTGRES_TYPE = new PostgresDatabaseType();
    private static final DatabaseType MARIADB_TYPE = new MariaDbDatabaseType();

    /** What Retort knows of this database: the one place a name is mapped to its package. */
    public DatabaseType type() {
        return switch (this) {
            case H2 -> H2_TYPE;
            case POSTGRESQL -> POSTGRES_TYPE;
            case MARIADB -> MARIADB_TYPE;
        };
    }

    public static Database forUrl(String url) {
        if (url == null) {
            throw new IllegalArgumentException("no JDBC URL given");
        }
        for (Database database : values()) {
            if (database.type().urlPrefixes().stream().anyMatch(url::startsWith)) {
                return database;
            }
        }
        List<String> prefixes = Arrays.stream(values()).flatMap(d -> d.type().urlPrefixes().stream()).toList();
        throw new IllegalArgumentException("Retort supports " + listed(prefixes) + " URLs, not "
                + url.replaceAll("[?;].*", ""));
    }

    /** {@code a, b and c}. */
    static String listed(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
