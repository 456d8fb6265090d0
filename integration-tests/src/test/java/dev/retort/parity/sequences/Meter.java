package dev.retort.parity.sequences;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** AUTO, with no generator: the implicit sequence, as the id structure naming strategy names it. */
@Entity
public class Meter {
    @Id @GeneratedValue Long id;
    String label;
}
