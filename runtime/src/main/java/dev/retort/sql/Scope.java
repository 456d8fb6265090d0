package dev.retort.sql;

/** Where the tables are: a catalog and a schema, as {@link java.sql.DatabaseMetaData} takes them. */
public record Scope(String catalog, String schema) {
}
