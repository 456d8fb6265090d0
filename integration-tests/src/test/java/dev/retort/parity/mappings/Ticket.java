package dev.retort.parity.mappings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.TableGenerator;

/** Ids from a table of counters of our own naming. */
@Entity
public class Ticket {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "tickets")
    @TableGenerator(name = "tickets", table = "id_blocks", pkColumnName = "block", valueColumnName = "next_id",
            pkColumnValue = "ticket", allocationSize = 20)
    Long id;

    String subject;

    @ManyToOne
    Account account;

    @ManyToOne
    Shipment shipment;
}
