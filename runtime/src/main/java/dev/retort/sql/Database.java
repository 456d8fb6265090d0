package dev.retort.sql;

/** The databases Retort speaks to. */
public enum Database {
    H2, POSTGRESQL, MARIADB;

    public static Database forUrl(String url) {
        if (url == null) {
            throw new IllegalArgumentException("no JDBC URL given");
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return MARIADB;
        }
        throw new IllegalArgumentException("Retort supports jdbc:h2:, jdbc:postgresql:, jdbc:mariadb: and jdbc:mysql: URLs,"
                + " not " + url.replaceAll("[?;].*", ""));
    }
}
