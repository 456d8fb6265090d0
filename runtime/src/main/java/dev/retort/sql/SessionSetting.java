package dev.retort.sql;

import java.util.function.UnaryOperator;

/**
 * One session variable a migration runs with: how to read it, how to set it, and the value wanted
 * given the one the session had (so that a setting can add to it, as a strict {@code sql_mode} does).
 */
public record SessionSetting(String name, String readSql, UnaryOperator<String> setSql, UnaryOperator<String> wanted) {
}
