package dev.retort.parity.mappings;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.List;
import java.util.Set;

/**
 * Collections of, and relations to, a TABLE_PER_CLASS hierarchy: no foreign key references an entity
 * whose rows are spread over its subclasses' tables; a leaf is referenced as any entity.
 */
public final class Zoo {

    private Zoo() {}

    @Entity
    @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
    public abstract static class Animal {
        @Id
        Long id;

        @ElementCollection
        Set<String> tags;

        @ManyToMany
        Set<Keeper> keepers;
    }

    @Entity
    public static class Lion extends Animal {
        int mane;
    }

    @Entity
    public static class Seal extends Animal {
        @ElementCollection
        List<String> tricks;
    }

    @Entity
    public static class Pup extends Seal {
        int age;
    }

    @Entity
    public static class Keeper {
        @Id
        Long id;

        @Column(unique = true, length = 12)
        String badge;

        @ManyToMany
        Set<Animal> favourites;

        @OneToMany
        @JoinTable(name = "keeper_charges")
        List<Animal> charges;

        @ManyToOne
        Lion pet;

        @ManyToOne
        Seal seal;
    }

    /** A relation to a unique column of the target, not its key. */
    @Entity
    public static class Shift {
        @Id
        Long id;

        @ManyToOne
        @JoinColumn(name = "keeper_badge", referencedColumnName = "badge")
        Keeper keeper;
    }
}
