package dev.retort.sql;

import dev.retort.schema.DefaultValue;
import dev.retort.schema.SqlType;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a column default as a database reports it ({@code 'a''b'::text}, {@code 1.50}, {@code now()}). */
final class DefaultParser {

    private static final Pattern CAST = Pattern.compile("^(.*)::[a-z ]+(\\(\\d+(,\\s*\\d+)?\\))?$", Pattern.DOTALL);

    private DefaultParser() {}

    static DefaultValue parse(String sql, SqlType type, boolean backslashEscapes) {
        if (sql == null) {
            return null;
        }
        String text = sql.strip();
        Matcher cast = CAST.matcher(text);
        while (cast.matches()) {
            text = cast.group(1).strip();
            cast = CAST.matcher(text);
        }
        while (text.startsWith("(") && text.endsWith(")")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.equals("null")) {
            return null;
        }
        if (lower.startsWith("current_timestamp") || lower.equals("now()") || lower.startsWith("localtimestamp")) {
            return new DefaultValue.CurrentTimestamp();
        }
        String value = text;
        boolean quoted = text.length() >= 2 && text.startsWith("'") && text.endsWith("'");
        if (quoted) {
            value = unquote(text.substring(1, text.length() - 1), backslashEscapes);
        }
        switch (type.kind()) {
            case BOOLEAN:
                // MariaDB reports the default of a bit(1) column, Hibernate's boolean there, as b'1'.
                String flag = value.toLowerCase(Locale.ROOT).replaceFirst("^b'([01])'$", "$1");
                if (flag.equals("true") || flag.equals("1")) {
                    return new DefaultValue.Bool(true);
                }
                if (flag.equals("false") || flag.equals("0")) {
                    return new DefaultValue.Bool(false);
                }
                break;
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
            case NUMERIC:
            case REAL:
            case DOUBLE:
                try {
                    return new DefaultValue.Number(new BigDecimal(value));
                } catch (NumberFormatException e) {
                    break;
                }
            default:
                break;
        }
        return new DefaultValue.Text(value);
    }

    private static String unquote(String body, boolean backslashEscapes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                out.append('\'');
                i++;
            } else if (backslashEscapes && c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next == '0' ? '\0' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
