package dev.retort.parity.namespaces;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Set;

/** An entity in the default schema that points into another one. */
@Entity
public class Supplier {
    @Id
    Long id;

    @ManyToOne
    Warehouse home;

    @ManyToMany
    Set<StockItem> stocked;
}
