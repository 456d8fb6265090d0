package dev.retort.sql;

/** A column's type and default as the database states them, before Retort reads them. */
public record ColumnDetail(String typeName, int size, int scale, String defaultSql, boolean identity) {
}
