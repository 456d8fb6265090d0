package dev.retort.parity.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** A vet: a set of specialties. */
@Entity
public class Veterinarian extends Staff {
    @Column(unique = true, nullable = false, length = 20)
    String licenseNumber;
    @ManyToMany
    Set<Specialty> specialties;
}
