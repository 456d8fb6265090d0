package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Set;

/** A stay of pets: a many-to-many with its join table named. */
@Entity
public class Boarding extends Audited {
    @ManyToMany
    @JoinTable(name = "boarding_pets", joinColumns = @JoinColumn(name = "boarding_id"),
            inverseJoinColumns = @JoinColumn(name = "pet_id"))
    Set<Pet> pets;
    @ManyToOne
    Kennel kennel;
    LocalDate fromDay;
    LocalDate toDay;
}
