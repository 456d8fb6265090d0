package dev.retort.parity.mappings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.io.Serializable;
import java.util.List;

/** Order columns in the target's table, and a derived identity (@Id on a relation, with @IdClass). */
public final class Baskets {

    private Baskets() {}

    @Entity
    public static class Basket {
        @Id
        Long id;

        @OneToMany
        @JoinColumn(name = "basket_id")
        @OrderColumn(name = "pos")
        List<Item> items;

        @OneToMany(mappedBy = "owner")
        @OrderColumn
        List<Note> notes;
    }

    @Entity
    public static class Item {
        @Id
        Long id;
    }

    @Entity
    public static class Note {
        @Id
        Long id;

        @ManyToOne
        Basket owner;
    }

    public record LineKey(Long basket, int no) implements Serializable {}

    @Entity
    @IdClass(LineKey.class)
    public static class Line {
        @Id
        @ManyToOne
        Basket basket;

        @Id
        int no;

        @ManyToOne
        Item item;
    }
}
