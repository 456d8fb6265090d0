package dev.retort.processor.model;

import dev.retort.schema.DefaultValue;
import dev.retort.schema.SqlType;
import dev.retort.schema.SqlType.Kind;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code @Column(columnDefinition)}: Hibernate writes it into the DDL as it is, so Retort reads what
 * it can tell for sure — a type in the usual SQL spellings, then {@code DEFAULT} with a literal and
 * {@code [NOT] NULL} — and nothing else (a database's own type, a check, a collation).
 */
final class ColumnDefinitions {

    /** What a column definition says: its type, whether it is {@code NOT NULL}, its default (or null). */
    record Definition(SqlType type, boolean notNull, DefaultValue defaultValue) {}

    private static final Pattern TYPE = Pattern.compile("^(?:"
            + "(?<varchar>(?:character varying|varchar)\\s*\\(\\s*(?<varcharLength>\\d+)\\s*\\))"
            + "|(?<varbinary>(?:binary varying|varbinary)\\s*\\(\\s*(?<varbinaryLength>\\d+)\\s*\\))"
            + "|(?<numeric>(?:numeric|decimal)\\s*\\(\\s*(?<precision>\\d+)\\s*(?:,\\s*(?<scale>\\d+)\\s*)?\\))"
            + "|(?<simple>double precision|character large object|binary large object|tinyint|smallint|int2|integer"
            + "|int4|int8|int|bigint|boolean|bool|real|float4|float8|double|date|uuid|text|clob|blob)"
            + "|(?<char>(?:character|char)(?:\\s*\\(\\s*(?<charLength>\\d+)\\s*\\))?)"
            + "|(?<timestampTz>timestamp(?:\\s*\\(\\s*\\d\\s*\\))?\\s+with time zone|timestamptz)"
            + "|(?<timestamp>timestamp(?:\\s*\\(\\s*\\d\\s*\\))?(?:\\s+without time zone)?)"
            + "|(?<time>time(?:\\s*\\(\\s*\\d\\s*\\))?)"
            + ")(?![\\w(])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFAULT = Pattern.compile("^default\\s+(?:'(?<text>(?:[^']|'')*)'"
            + "|(?<number>[-+]?\\d+(?:\\.\\d+)?)|(?<bool>true|false)|(?<now>current_timestamp|now\\(\\s*\\)))"
            + "(?![\\w.])", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_NULL = Pattern.compile("^not\\s+null\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NULL = Pattern.compile("^null\\b", Pattern.CASE_INSENSITIVE);

    private ColumnDefinitions() {}

    /** The definition, or empty when it says something Retort cannot read. */
    static Optional<Definition> parse(String definition) {
        String rest = definition.strip();
        Matcher type = TYPE.matcher(rest);
        if (!type.find()) {
            return Optional.empty();
        }
        SqlType sqlType = type(type);
        rest = rest.substring(type.end()).strip();
        boolean notNull = false;
        DefaultValue defaultValue = null;
        while (!rest.isEmpty()) {
            Matcher clause;
            if ((clause = NOT_NULL.matcher(rest)).find()) {
                notNull = true;
            } else if ((clause = NULL.matcher(rest)).find()) {
                notNull = false;
            } else if ((clause = DEFAULT.matcher(rest)).find() && defaultValue == null) {
                defaultValue = defaultValue(clause);
            } else {
                return Optional.empty();
            }
            rest = rest.substring(clause.end()).strip();
        }
        return Optional.of(new Definition(sqlType, notNull, defaultValue));
    }

    /** A default as {@code @ColumnDefault} gives it: one literal, or empty. */
    static Optional<DefaultValue> parseDefault(String sql) {
        Matcher clause = DEFAULT.matcher("default " + sql.strip());
        return clause.find() && clause.end() == sql.strip().length() + "default ".length()
                ? Optional.of(defaultValue(clause)) : Optional.empty();
    }

    private static SqlType type(Matcher type) {
        if (type.group("varchar") != null) {
            return SqlType.varchar(Integer.parseInt(type.group("varcharLength")));
        }
        if (type.group("varbinary") != null) {
            return SqlType.varbinary(Integer.parseInt(type.group("varbinaryLength")));
        }
        if (type.group("numeric") != null) {
            String scale = type.group("scale");
            return SqlType.numeric(Integer.parseInt(type.group("precision")), scale == null ? 0 : Integer.parseInt(scale));
        }
        if (type.group("char") != null) {
            String length = type.group("charLength");
            return SqlType.character(length == null ? 1 : Integer.parseInt(length));
        }
        if (type.group("timestampTz") != null) {
            return SqlType.of(Kind.TIMESTAMP_TZ);
        }
        if (type.group("timestamp") != null) {
            return SqlType.of(Kind.TIMESTAMP);
        }
        if (type.group("time") != null) {
            return SqlType.of(Kind.TIME);
        }
        return switch (type.group("simple").toLowerCase(Locale.ROOT)) {
            case "tinyint" -> SqlType.of(Kind.TINYINT);
            case "smallint", "int2" -> SqlType.of(Kind.SMALLINT);
            case "integer", "int4", "int" -> SqlType.of(Kind.INTEGER);
            case "bigint", "int8" -> SqlType.of(Kind.BIGINT);
            case "boolean", "bool" -> SqlType.of(Kind.BOOLEAN);
            case "real", "float4" -> SqlType.of(Kind.REAL);
            case "double precision", "double", "float8" -> SqlType.of(Kind.DOUBLE);
            case "date" -> SqlType.of(Kind.DATE);
            case "uuid" -> SqlType.of(Kind.UUID);
            case "text" -> SqlType.of(Kind.TEXT);
            case "clob", "character large object" -> SqlType.of(Kind.CLOB);
            default -> SqlType.of(Kind.BLOB);
        };
    }

    private static DefaultValue defaultValue(Matcher clause) {
        if (clause.group("text") != null) {
            return new DefaultValue.Text(clause.group("text").replace("''", "'"));
        }
        if (clause.group("number") != null) {
            return new DefaultValue.Number(new BigDecimal(clause.group("number")));
        }
        if (clause.group("bool") != null) {
            return new DefaultValue.Bool(Boolean.parseBoolean(clause.group("bool").toLowerCase(Locale.ROOT)));
        }
        return new DefaultValue.CurrentTimestamp();
    }
}
