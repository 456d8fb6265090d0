package dev.retort.parity.namespaces;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Set;

/** An entity in a SQL schema of its own, a sequence there, a secondary table in another, collections left to their defaults. */
@Entity
@Table(schema = "Inventory")
@SecondaryTable(name = "warehouse_contacts", schema = "Audit")
public class Warehouse {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "warehouse_ids")
    @SequenceGenerator(name = "warehouse_ids", sequenceName = "warehouse_seq", schema = "Inventory")
    Long id;

    String city;

    @Column(table = "warehouse_contacts", nullable = false)
    String phone;

    @ElementCollection
    Set<String> docks;

    @ElementCollection
    @CollectionTable(name = "warehouse_permits", schema = "Audit")
    Set<String> permits;

    @OneToMany
    List<Supplier> preferredSuppliers;

    /*
     * A join table in a third schema. (Not one whose owner is in the default schema: Hibernate then
     * writes "references Supplier" unqualified, which H2 looks for in the join table's schema.)
     */
    @ManyToMany
    @JoinTable(name = "warehouse_audits", schema = "StockAudit")
    Set<StockItem> audited;
}
