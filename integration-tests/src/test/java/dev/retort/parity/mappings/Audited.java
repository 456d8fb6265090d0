package dev.retort.parity.mappings;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A base class with relations: the entity may rename their join columns with @AssociationOverride. */
@MappedSuperclass
public abstract class Audited {
    @ManyToOne
    Product creator;

    @ManyToOne
    Product editor;
}
