package dev.retort.parity.namespaces;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/** A joined hierarchy across schemas: the root in one, a subclass in another, one left to the default. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(schema = "Inventory")
public class Rack {
    @Id
    Long id;

    int levels;

    @Entity
    @Table(schema = "Audit")
    public static class ColdRack extends Rack {
        int temperature;
    }

    @Entity
    public static class OpenRack extends Rack {
        boolean covered;
    }
}
