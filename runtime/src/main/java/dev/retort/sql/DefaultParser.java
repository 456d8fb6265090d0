package dev.retort.sql;

import dev.retort.schema.DefaultValue;
import dev.retort.schema.SqlType;
import dev.retort.sql.token.SqlSyntax;
import dev.retort.sql.token.SqlToken;
import dev.retort.sql.token.SqlTokenizer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Reads a column default as a database reports it ({@code 'a''b'::text}, {@code E'a\\nb'::text},
 * {@code ('now'::text)::date}, {@code 1.50}, {@code now()}), its strings read by the one {@link SqlTokenizer}.
 */
public final class DefaultParser {

    private DefaultParser() {}

    public static DefaultValue parse(String sql, SqlType type, SqlSyntax syntax) {
        if (sql == null) {
            return null;
        }
        String text = sql.strip();
        for (String bare = bare(text, syntax); !bare.equals(text); bare = bare(text, syntax)) {
            text = bare;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.equals("null")) {
            return null;
        }
        if (lower.startsWith("current_timestamp") || lower.equals("now()") || lower.startsWith("localtimestamp")) {
            return new DefaultValue.CurrentTimestamp();
        }
        List<SqlToken> code = SqlTokenizer.code(text, syntax);
        boolean quoted = code.size() == 1 && code.get(0).kind() == SqlToken.Kind.STRING && code.get(0).closed();
        String value = quoted ? code.get(0).value() : text;
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

    /** The text without its last cast ({@code ::type}, {@code ::character varying(20)}) or enclosing parentheses. */
    private static String bare(String text, SqlSyntax syntax) {
        List<SqlToken> code = SqlTokenizer.code(text, syntax);
        int depth = 0;
        int cast = -1;
        for (int i = 0; i < code.size(); i++) {
            SqlToken token = code.get(i);
            depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
            if (depth == 0 && token.is("::")) {
                cast = i;
            }
        }
        if (cast >= 0 && code.subList(cast + 1, code.size()).stream().allMatch(t -> t.kind() == SqlToken.Kind.WORD
                || t.kind() == SqlToken.Kind.NUMBER || t.is("(") || t.is(")") || t.is(","))) {
            return text.substring(0, code.get(cast).start()).strip();
        }
        if (code.size() >= 2 && code.get(0).is("(") && closes(code) == code.size() - 1) {
            return text.substring(code.get(0).end(), code.get(code.size() - 1).start()).strip();
        }
        return text;
    }

    /** Where the parenthesis that opens the text closes. */
    private static int closes(List<SqlToken> code) {
        int depth = 0;
        for (int i = 0; i < code.size(); i++) {
            depth += code.get(i).is("(") ? 1 : code.get(i).is(")") ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
