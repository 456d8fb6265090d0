package dev.retort.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.DefaultValue;
import dev.retort.schema.SqlType;
import dev.retort.sql.token.SqlSyntax;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DefaultParserTest {

    private static final SqlType TEXT = SqlType.varchar(40);

    @Test
    void postgresqlsCastsAreDropped() {
        assertEquals(new DefaultValue.Text("a'b"), DefaultParser.parse("'a''b'::text", TEXT, SqlSyntax.POSTGRESQL));
        assertEquals(new DefaultValue.Text("x::y"),
                DefaultParser.parse("'x::y'::character varying(20)", TEXT, SqlSyntax.POSTGRESQL));
        assertEquals(new DefaultValue.Number(new BigDecimal("-1")),
                DefaultParser.parse("('-1'::integer)", SqlType.of(SqlType.Kind.INTEGER), SqlSyntax.POSTGRESQL));
    }

    @Test
    void aCastInsideParenthesesIsDroppedToo() {
        assertEquals(new DefaultValue.Text("2020-01-01"),
                DefaultParser.parse("('2020-01-01'::text)::date", TEXT, SqlSyntax.POSTGRESQL));
    }

    @Test
    void postgresqlsEscapeStringsAreRead() {
        assertEquals(new DefaultValue.Text("a\\b"), DefaultParser.parse("E'a\\\\b'::text", TEXT, SqlSyntax.POSTGRESQL));
    }

    @Test
    void mariadbsBackslashesEscape() {
        assertEquals(new DefaultValue.Text("it's"), DefaultParser.parse("'it\\'s'", TEXT, SqlSyntax.MARIADB));
        assertEquals(new DefaultValue.Bool(true),
                DefaultParser.parse("b'1'", SqlType.of(SqlType.Kind.BOOLEAN), SqlSyntax.MARIADB));
    }

    @Test
    void parenthesesThatDoNotEncloseTheWholeStay() {
        assertEquals(new DefaultValue.Text("(1) + (2)"), DefaultParser.parse("(1) + (2)", TEXT, SqlSyntax.ANY));
    }
}
