package dev.retort.parity.mappings;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/** Relations inside embeddables and in a base class, with and without @AssociationOverride. */
@Entity
@AssociationOverride(name = "creator", joinColumns = @JoinColumn(name = "created_by"))
public class Venue extends Audited {
    @Id
    Long id;

    @Embedded
    Contact main;

    @Embedded
    @AttributeOverride(name = "phone", column = @Column(name = "backup_phone"))
    @AssociationOverride(name = "product", joinColumns = @JoinColumn(name = "backup_product"))
    @AssociationOverride(name = "ticket", joinColumns = @JoinColumn(name = "backup_ticket", nullable = false))
    Contact backup;

    @Embeddable
    public static class Contact {
        String phone;

        @ManyToOne
        Product product;

        @OneToOne
        Ticket ticket;
    }
}
