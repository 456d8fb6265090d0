package dev.retort.parity.sequences;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A generator declared without a sequence name, as the id structure naming strategy names it. */
@Entity
public class Dial {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dials")
    @SequenceGenerator(name = "dials", allocationSize = 1)
    Long id;
    String label;
}
