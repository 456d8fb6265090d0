package dev.retort.parity.namespaces;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;

/**
 * Indexes and unique constraints on a table in another schema, a table generator there (whose own
 * index and unique constraint Hibernate does not create), a key into it.
 */
@Entity
@Table(name = "StockItem", schema = "Inventory",
        indexes = @Index(columnList = "sku"),
        uniqueConstraints = @UniqueConstraint(columnNames = {"warehouse_id", "sku"}))
public class StockItem {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "stock_ids")
    @TableGenerator(name = "stock_ids", table = "id_blocks", schema = "Inventory",
            indexes = @Index(columnList = "next_val"), uniqueConstraints = @UniqueConstraint(columnNames = "next_val"))
    Long id;

    String sku;

    @ManyToOne
    Warehouse warehouse;
}
