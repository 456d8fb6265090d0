package dev.retort.parity.mappings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import java.util.Set;

/** @ForeignKey(ConstraintMode.NO_CONSTRAINT) wherever a mapping makes a key: the columns stay, the key does not. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@SecondaryTable(name = "unkeyed_extra", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
public class Unkeyed {
    @Id
    Long id;

    @Column(table = "unkeyed_extra")
    String extra;

    @ManyToOne
    @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    Product product;

    @ElementCollection
    @CollectionTable(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    Set<String> tags;

    @ManyToMany
    @JoinTable(name = "unkeyed_tickets", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    Set<Ticket> tickets;

    @Entity
    @PrimaryKeyJoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    public static class Loose extends Unkeyed {
        String note;
    }
}
