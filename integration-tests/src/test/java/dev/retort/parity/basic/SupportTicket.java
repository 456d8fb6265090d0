package dev.retort.parity.basic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * An entity named apart from its table: the implicit sequence of SEQUENCE (and AUTO) is named after
 * the table. A unique {@code @Index} is a unique constraint in Hibernate's schema.
 */
@Entity
@Table(name = "support_ticket", indexes = {
        @Index(columnList = "reference", unique = true),
        @Index(name = "ix_ticket_queue", columnList = "queue, opened_by")})
public class SupportTicket {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
    String reference;
    String queue;
    String opened_by;

    /** AUTO without a generator, on a table of its own name. */
    @Entity
    @Table(name = "escalation")
    public static class Escalation {
        @Id @GeneratedValue Long id;
        int level;
    }
}
