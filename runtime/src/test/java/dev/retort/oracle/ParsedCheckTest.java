package dev.retort.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The judges' own reading of check expressions: the same tree, the same text; another tree, another text. */
class ParsedCheckTest {

    @Test
    void parenthesesThatChangeThePrecedenceAreKept() {
        assertNotEquals(ParsedCheck.canonical("(a > 0 OR b > 0) AND c > 0"),
                ParsedCheck.canonical("a > 0 OR (b > 0 AND c > 0)"));
        assertEquals("(and: (c > 0) ; (or: (a > 0) ; (b > 0)))", ParsedCheck.canonical("(a > 0 OR b > 0) AND c > 0"));
        assertNotEquals(ParsedCheck.canonical("(a + b) * c > 0"), ParsedCheck.canonical("a + b * c > 0"));
        assertNotEquals(ParsedCheck.canonical("NOT (a > 0 AND b > 0)"), ParsedCheck.canonical("NOT a > 0 AND b > 0"));
    }

    @Test
    void redundantParenthesesCaseAndOperandOrderDoNotCount() {
        assertEquals(ParsedCheck.canonical("a > 0 OR b > 0 AND c > 0"),
                ParsedCheck.canonical("((a > 0) OR ((b > 0) AND (c > 0)))"));
        assertEquals(ParsedCheck.canonical("x >= 0 AND x <= 2"), ParsedCheck.canonical("((X <= 2) and (x >= 0))"));
        assertEquals(ParsedCheck.canonical("a AND (b AND c)"), ParsedCheck.canonical("(a AND b) AND c"));
        assertEquals(ParsedCheck.canonical("status IN ('B', 'A')"), ParsedCheck.canonical("\"STATUS\" in ('A','B')"));
    }

    @Test
    void whatDatabasesWriteBackIsRead() {
        // PostgreSQL's spelling of an IN list, H2's of a BETWEEN, MariaDB's quoting.
        String postgres = "((status)::text = ANY ((ARRAY['%s'::character varying, '%s'::character varying])::text[]))";
        assertEquals(ParsedCheck.canonical(postgres.formatted("A", "B")),
                ParsedCheck.canonical(postgres.formatted("B", "A")));
        assertNotEquals(ParsedCheck.canonical(postgres.formatted("A", "B")),
                ParsedCheck.canonical(postgres.formatted("A", "C")));
        assertEquals(false, ParsedCheck.canonical(postgres.formatted("A", "B")).startsWith("unparsed"));
        assertEquals(ParsedCheck.canonical("x::numeric(1) > 0"), ParsedCheck.canonical("CAST(X AS NUMERIC(1)) > 0"));
        assertEquals("(n between 0 and 2)", ParsedCheck.canonical("\"N\" BETWEEN 0 AND 2"));
        assertEquals("(not (x in ('a', 'b')))", ParsedCheck.canonical("`x` not in ('b','a')"));
        assertEquals("(length(name) > 2)", ParsedCheck.canonical("LENGTH(\"NAME\") > 2"));
        assertEquals("(v is not null)", ParsedCheck.canonical("(v IS NOT NULL)"));
    }

    @Test
    void whatItCannotParseIsComparedAsText() {
        assertEquals("unparsed: a > ) (", ParsedCheck.canonical(" a  >  ) ( "));
    }
}
