package dev.retort.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CheckCanonicalTest {

    @Test
    void postgresqlsAnyArrayIsTheInListItCameFrom() {
        String declared = CheckCanonical.of("status in ('DRAFT','SENT','ACCEPTED')");
        assertEquals(declared, CheckCanonical.of("((status)::text = ANY ((ARRAY['DRAFT'::character varying,"
                + " 'SENT'::character varying, 'ACCEPTED'::character varying])::text[]))"));
        assertEquals(declared, CheckCanonical.of("\"STATUS\" IN('DRAFT', 'SENT', 'ACCEPTED')"));
        assertNotEquals(declared, CheckCanonical.of("((status)::text = ANY ((ARRAY['DRAFT'::character varying,"
                + " 'SENT'::character varying])::text[]))"));
    }

    @Test
    void postgresqlsAllArrayIsTheNotInListItCameFrom() {
        assertEquals(CheckCanonical.of("kind not in ('a', 'b')"),
                CheckCanonical.of("((kind)::text <> ALL ((ARRAY['a'::character varying, 'b'::character varying])::text[]))"));
    }

    @Test
    void literalsKeepTheirCaseAndSpaces() {
        assertEquals("name in ('A b', 'it''s')", CheckCanonical.of("name = ANY (ARRAY['A b'::text, 'it''s'::text])"));
    }

    @Test
    void aBetweenIsTheTwoComparisonsPostgresqlWritesForIt() {
        String declared = CheckCanonical.of("status between 0 and 2");
        assertEquals(declared, CheckCanonical.of("((status >= 0) AND (status <= 2))"));
        assertEquals(declared, CheckCanonical.of("`status` between 0 and 2"));
        assertEquals(declared, CheckCanonical.of("((\"STATUS\" BETWEEN 0 AND 2))"));
        assertEquals(CheckCanonical.of("x not between 1 and 5"), CheckCanonical.of("((x < 1) OR (x > 5))"));
    }

    @Test
    void parenthesesThatChangeThePrecedenceCount() {
        assertNotEquals(CheckCanonical.of("(a > 0 OR b > 0) AND c > 0"), CheckCanonical.of("a > 0 OR (b > 0 AND c > 0)"));
        assertNotEquals(CheckCanonical.of("(a + b) * c > 0"), CheckCanonical.of("a + (b * c) > 0"));
        assertNotEquals(CheckCanonical.of("not (a > 0 and b > 0)"), CheckCanonical.of("not a > 0 and b > 0"));
        assertEquals("(a > 0 or b > 0) and c > 0", CheckCanonical.of("((a > 0) OR (b > 0)) AND (c > 0)"));
    }

    @Test
    void parenthesesThatChangeNothingDoNot() {
        assertEquals(CheckCanonical.of("a > 0 OR b > 0 AND c > 0"), CheckCanonical.of("((a > 0) OR ((b > 0) AND (c > 0)))"));
        assertEquals(CheckCanonical.of("a > 0 and b > 0 and c > 0"), CheckCanonical.of("(a > 0 and b > 0) and (c > 0)"));
        assertEquals(CheckCanonical.of("a - b - c > 0"), CheckCanonical.of("((a - b) - c) > 0"));
        assertNotEquals(CheckCanonical.of("a - b - c > 0"), CheckCanonical.of("a - (b - c) > 0"));
    }

    @Test
    void theOrderOfConditionsAndOfListedValuesMeansNothing() {
        assertEquals(CheckCanonical.of("tier >= 1 and tier <= 5"), CheckCanonical.of("tier <= 5 AND tier >= 1"));
        assertEquals(CheckCanonical.of("kind in ('a', 'b')"), CheckCanonical.of("kind IN ('b', 'a')"));
        assertNotEquals(CheckCanonical.of("a - b > 0"), CheckCanonical.of("b - a > 0"));
    }

    @Test
    void castsAndTheSpellingsOfNumbersAreLeftOut() {
        assertEquals(CheckCanonical.of("price >= 0"), CheckCanonical.of("((price >= (0)::numeric))"));
        assertEquals(CheckCanonical.of("price >= 0"), CheckCanonical.of("price >= 0.0"));
        assertEquals(CheckCanonical.of("delta >= -1"), CheckCanonical.of("(delta >= '-1'::integer)"));
        assertEquals(CheckCanonical.of("rate <= 1.5"), CheckCanonical.of("(rate <= CAST(1.50 AS DECIMAL(3,2)))"));
    }

    @Test
    void postgresqlsSpellingsOfLikeAndOfTheInequality() {
        assertEquals(CheckCanonical.of("code like 'A%'"), CheckCanonical.of("((code)::text ~~ 'A%'::text)"));
        assertEquals(CheckCanonical.of("code not like 'A%'"), CheckCanonical.of("((code)::text !~~ 'A%'::text)"));
        assertEquals(CheckCanonical.of("answer <> 13"), CheckCanonical.of("answer != 13"));
    }

    @Test
    void functionsAndNullTests() {
        assertEquals(CheckCanonical.of("char_length(name) > 0 and name is not null"),
                CheckCanonical.of("((CHAR_LENGTH((name)::text) > 0) AND (name IS NOT NULL))"));
        assertNotEquals(CheckCanonical.of("length(a) > 0"), CheckCanonical.of("length(b) > 0"));
    }

    @Test
    void whatItCannotReadItComparesAsWrittenUpToCaseQuotesAndSpaces() {
        assertEquals(CheckCanonical.of("x @@ 'a'"), CheckCanonical.of("\"X\"  @@  'a'"));
        assertNotEquals(CheckCanonical.of("(x @@ 'a') or y"), CheckCanonical.of("x @@ ('a' or y)"));
    }
}
