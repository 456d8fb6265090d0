package dev.retort.parity.mappings;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import java.util.List;

/** @AssociationOverride of join tables: a base class's collection, and one inside an embedded value. */
@Entity
@AssociationOverride(name = "members",
        joinTable = @JoinTable(name = "roster_members", joinColumns = @JoinColumn(name = "roster")))
public class Roster extends Team {
    @Id
    Long id;

    @Embedded
    @AssociationOverride(name = "helpers", joinTable = @JoinTable(name = "roster_helpers"))
    Crew crew;

    @Embeddable
    public static class Crew {
        String lead;

        @OneToMany
        List<Zoo.Keeper> helpers;
    }
}
