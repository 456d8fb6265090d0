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
    void literalsKeepTheirCaseAndSpaces() {
        assertEquals("namein'A b','it''s'", CheckCanonical.of("name = ANY (ARRAY['A b'::text, 'it''s'::text])"));
    }
}
