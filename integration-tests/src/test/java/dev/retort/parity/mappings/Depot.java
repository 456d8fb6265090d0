package dev.retort.parity.mappings;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Set;

/**
 * Names: an entity whose name is not its table's (a join table is named after the tables, a
 * collection table and join columns after the entity), and collections and a conversion inside an
 * embedded value.
 */
@Entity(name = "Storehouse")
@Table(name = "depot_table")
public class Depot {
    @Id
    Long id;

    @ElementCollection
    Set<String> docks;

    @ManyToMany
    Set<Crate> crates;

    @Embedded
    Site site;

    @Entity
    @Table(name = "CrateTable")
    public static class Crate {
        @Id
        Long id;
    }

    @Entity
    public static class Pallet {
        @Id
        Long id;
    }

    @Embeddable
    public static class Site {
        String city;

        Level level;

        Level plain;

        @ElementCollection
        Set<String> gates;

        @OneToMany
        List<Pallet> pallets;
    }
}
