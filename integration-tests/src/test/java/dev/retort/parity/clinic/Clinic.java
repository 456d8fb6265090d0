package dev.retort.parity.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A clinic: an embedded address, rooms by mappedBy, wholesalers as a list, capacity by species. */
@Entity
public class Clinic extends Audited {
    @NotBlank
    @Size(max = 100)
    @Column(unique = true)
    String name;
    @Embedded
    @Valid
    Address address;
    @OneToMany(mappedBy = "clinic")
    List<Room> rooms;
    @ManyToMany
    List<Wholesaler> wholesalers;
    @ElementCollection
    Map<Species, Integer> capacity;
    @OneToMany
    Set<Specialty> offered;
}
