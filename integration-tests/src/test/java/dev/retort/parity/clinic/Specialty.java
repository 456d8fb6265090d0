package dev.retort.parity.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** What a vet knows best. */
@Entity
public class Specialty {
    @Id
    @GeneratedValue
    Long id;
    @Column(nullable = false, unique = true, length = 80)
    String name;
}
