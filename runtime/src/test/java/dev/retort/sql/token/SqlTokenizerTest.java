package dev.retort.sql.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.retort.sql.Database;
import dev.retort.sql.token.SqlToken.Kind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SqlTokenizerTest {

    /** Each significant token as KIND:text. */
    private static String code(String sql, SqlSyntax syntax) {
        return SqlTokenizer.code(sql, syntax).stream().map(t -> t.kind() + ":" + t.text())
                .collect(Collectors.joining(" "));
    }

    private static SqlToken only(String sql, SqlSyntax syntax) {
        List<SqlToken> tokens = SqlTokenizer.code(sql, syntax);
        assertEquals(1, tokens.size(), tokens.toString());
        return tokens.get(0);
    }

    @Test
    void theTokensJoinedGiveTheTextBack() {
        String sql = "select $a$ x $a$, E'\\'', `n`, \"q\"\"x\" /* a /* b */ c */ -- end\n from t;";
        assertEquals(sql, SqlTokenizer.tokens(sql, SqlSyntax.ANY).stream().map(SqlToken::text)
                .collect(Collectors.joining()));
    }

    @Test
    void aStandardStringDoublesItsQuote() {
        SqlToken string = only("'it''s; drop table t'", SqlSyntax.ANY);
        assertEquals(Kind.STRING, string.kind());
        assertEquals("it's; drop table t", string.value());
    }

    @Test
    void postgresqlsDollarQuotesHoldAnything() {
        assertEquals("WORD:do STRING:$$ begin; 'x; end $$ SYMBOL:;",
                code("do $$ begin; 'x; end $$;", SqlSyntax.POSTGRESQL));
        SqlToken tagged = only("$body$ a $$ b $body$", SqlSyntax.POSTGRESQL);
        assertEquals(" a $$ b ", tagged.value());
        assertEquals("SYMBOL:$ NUMBER:1", code("$1", SqlSyntax.POSTGRESQL));
    }

    @Test
    void dollarsAreNoQuotesOnMariadb() {
        assertEquals("SYMBOL:$ SYMBOL:$ WORD:x SYMBOL:$ SYMBOL:$", code("$$ x $$", SqlSyntax.MARIADB));
    }

    @Test
    void postgresqlsEscapeStringsTakeBackslashes() {
        SqlToken escaped = only("E'it\\'s\\n'", SqlSyntax.POSTGRESQL);
        assertEquals(Kind.STRING, escaped.kind());
        assertEquals("it's\n", escaped.value());
        assertEquals("STRING:'a\\' WORD:b", code("'a\\' b", SqlSyntax.POSTGRESQL));
    }

    @Test
    void mariadbStringsTakeBackslashes() {
        SqlToken string = only("'it\\'s; x'", SqlSyntax.MARIADB);
        assertEquals("it's; x", string.value());
    }

    @Test
    void postgresqlsBlockCommentsNest() {
        assertEquals("WORD:a WORD:b", code("a /* x /* y */ still a comment */ b", SqlSyntax.POSTGRESQL));
        assertEquals("WORD:a WORD:still WORD:a WORD:comment SYMBOL:* SYMBOL:/ WORD:b",
                code("a /* x /* y */ still a comment */ b", SqlSyntax.MARIADB));
    }

    @Test
    void lineCommentsEndAtTheLine() {
        assertEquals("WORD:a WORD:b", code("a -- drop table t;\nb", SqlSyntax.ANY));
    }

    @Test
    void namesInBackticksAndDoubleQuotes() {
        SqlToken backticks = only("`Order`", SqlSyntax.MARIADB);
        assertEquals(Kind.QUOTED_NAME, backticks.kind());
        assertEquals("order", backticks.value());
        assertEquals("a\"b", only("\"a\"\"b\"", SqlSyntax.ANY).unquoteName());
    }

    @Test
    void doubleQuotesHoldAStringOnMariadbAndANameElsewhere() {
        SqlToken string = only("\"it\\\"s \"\"x\"\"; drop table t\"", SqlSyntax.MARIADB);
        assertEquals(Kind.STRING, string.kind());
        assertEquals("it\"s \"x\"; drop table t", string.value());
        assertEquals("WORD:a SYMBOL:= STRING:\"b\"", code("a = \"b\"", SqlSyntax.MARIADB));
        assertEquals("WORD:a SYMBOL:= QUOTED_NAME:\"b\"", code("a = \"b\"", SqlSyntax.POSTGRESQL));
        assertEquals("WORD:a SYMBOL:= QUOTED_NAME:\"b\"", code("a = \"b\"", SqlSyntax.ANY));
    }

    @Test
    void theTargetsSyntaxIsTheOnesOrAnyForSeveral() {
        assertEquals(SqlSyntax.MARIADB, SqlSyntax.of(Set.of(Database.MARIADB)));
        assertEquals(SqlSyntax.POSTGRESQL, SqlSyntax.of(Set.of(Database.POSTGRESQL)));
        assertEquals(SqlSyntax.H2, SqlSyntax.of(Set.of(Database.H2)));
        assertEquals(SqlSyntax.ANY, SqlSyntax.of(Set.of(Database.MARIADB,
                Database.POSTGRESQL)));
    }

    @Test
    void whatTheTextEndsInsideIsUnclosed() {
        assertFalse(only("'open", SqlSyntax.ANY).closed());
        assertFalse(SqlTokenizer.tokens("/* open", SqlSyntax.ANY).get(0).closed());
        assertFalse(only("$$ open", SqlSyntax.ANY).closed());
        assertFalse(only("\"open", SqlSyntax.ANY).closed());
    }

    @Test
    void symbolsAndNumbers() {
        assertEquals("WORD:x SYMBOL::: WORD:numeric SYMBOL:>= NUMBER:1.5 SYMBOL:<> SYMBOL:!~~",
                code("x::numeric>=1.5<>!~~", SqlSyntax.ANY));
    }
}
