package dev.retort.parity.mappings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OneToMany;
import java.util.Map;

/** Maps of entities, and maps keyed by entities and embeddables. */
@Entity
public class Shop {
    @Id
    Long id;

    @OneToMany
    @MapKey(name = "code")
    Map<String, Item> byCode;

    @OneToMany
    @MapKeyColumn(name = "slot")
    @JoinTable(name = "shop_slots")
    Map<Integer, Item> bySlot;

    @ManyToMany
    @MapKeyColumn(name = "label")
    @JoinTable(name = "shop_labelled")
    Map<String, Item> labelled;

    @ManyToMany
    @JoinTable(name = "shop_by_id")
    Map<Long, Item> byId;

    @OneToMany(mappedBy = "shop")
    @MapKey(name = "code")
    Map<String, Item> inverse;

    @ElementCollection
    @MapKeyJoinColumn(name = "item_ref")
    Map<Item, String> notes;

    @ElementCollection
    @CollectionTable(name = "shop_stock")
    Map<Item, Integer> stock;

    @ElementCollection
    Map<Place, String> places;

    @Entity
    public static class Item {
        @Id
        Long id;

        String code;

        @ManyToOne
        Shop shop;
    }

    @Embeddable
    public static class Place {
        String aisle;

        int shelf;
    }
}
