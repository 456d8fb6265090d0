package dev.retort.parity.mappings;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** A generic base model, as Spring Data's AbstractPersistable: each entity's type arguments type the columns. */
public final class Generic {

    private Generic() {}

    @MappedSuperclass
    public abstract static class Base<K extends Serializable, T> {
        @Id
        @GeneratedValue
        K id;

        T payload;

        @ManyToOne
        Owner owner;

        @ElementCollection
        List<T> history;
    }

    @Entity
    public static class Owner {
        @Id
        Long id;
    }

    @Entity
    public static class Thing extends Base<Long, String> {
        String name;
    }

    @Entity
    public static class Gadget extends Base<UUID, Integer> {
    }
}
