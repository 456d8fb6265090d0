package dev.retort.parity.application;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class Branch extends BaseEntity {
    String name;
    @Embedded
    Address address;
    @OneToMany(mappedBy = "branch")
    List<Shelf> shelves;
}
