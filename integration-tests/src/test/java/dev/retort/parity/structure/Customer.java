package dev.retort.parity.structure;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Set;

/**
 * Embeddables (nested, overridden), element collections, many-to-many, unidirectional one-to-many, a
 * self-reference, a version.
 */
@Entity
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Version
    int version;

    String name;

    @Embedded
    Address home;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "work_street")),
            @AttributeOverride(name = "city", column = @Column(name = "work_city", length = 80)),
            @AttributeOverride(name = "floor", column = @Column(name = "work_floor"))})
    Address work;

    @Embedded
    Contact contact;

    @ManyToOne
    Customer referrer;

    @ElementCollection
    Set<String> nicknames;

    @ElementCollection
    @CollectionTable(name = "customer_phones", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn
    List<Phone> phones;

    @ManyToMany
    Set<Tag> tags;

    @OneToMany
    List<Note> notes;

    @OneToMany
    @JoinColumn(name = "customer_id")
    Set<Remark> remarks;

    @ManyToMany
    @JoinTable(name = "customer_teams", joinColumns = @JoinColumn(name = "customer_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    List<Team> teams;
}
