package dev.retort.parity.mappings;

import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;
import java.util.Set;

/** A base class with a collection whose join table an entity overrides. */
@MappedSuperclass
public abstract class Team {
    @ManyToMany
    Set<Zoo.Keeper> members;
}
