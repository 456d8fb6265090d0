package dev.retort.parity.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A generator named by no declaration, as the id structure naming strategy names it. */
@Entity
public class Counter {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "counter_numbers") Long id;
    String label;
}
