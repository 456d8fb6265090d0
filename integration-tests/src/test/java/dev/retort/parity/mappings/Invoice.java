package dev.retort.parity.mappings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** Generators found by name: on the class, on another entity, or nowhere (then the name is the sequence's). */
@Entity
@SequenceGenerator(name = "invoices", sequenceName = "invoice_numbers", allocationSize = 1)
public class Invoice {
    @Id
    @GeneratedValue(generator = "invoices")
    Long id;

    @Entity
    public static class Receipt {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "receipt_ids")
        Long id;
    }

    @Entity
    public static class Voucher {
        @Id
        @GeneratedValue(generator = "tickets")
        Long id;
    }

    /** A generator declared on a class, used by another entity. */
    @Entity
    @SequenceGenerator(name = "refund_ids", sequenceName = "refund_numbers", allocationSize = 5)
    public static class Refund {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "refund_ids")
        Long id;
    }

    @Entity
    public static class Rebate {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "refund_ids")
        Long id;
    }

    @Entity
    @SequenceGenerator(name = "credit_notes")
    public static class CreditNote {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credit_notes")
        Integer id;
    }
}
