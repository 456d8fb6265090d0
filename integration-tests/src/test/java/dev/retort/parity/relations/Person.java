package dev.retort.parity.relations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.List;

/** Relations: many-to-one, one-to-one, their inverse sides, a self reference, table constraints. */
@Entity
@Table(name = "people", indexes = @Index(columnList = "familyName, firstName"),
        uniqueConstraints = @UniqueConstraint(columnNames = {"email", "tenant"}))
public class Person {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(nullable = false) String email;
    String tenant;
    String firstName;
    String familyName;
    @ManyToOne Person mentor;
    @OneToMany(mappedBy = "mentor") List<Person> mentees;
    @OneToOne(mappedBy = "owner") Passport passport;
    @OneToMany(mappedBy = "author") List<Note> notes;

    @Entity
    public static class Passport {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @OneToOne(optional = false) @JoinColumn(name = "owner_id") Person owner;
        String number;
    }

    @Entity
    public static class Note {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @ManyToOne(optional = false) Person author;
        @ManyToOne @JoinColumn(name = "reviewer", nullable = false) Person reviewedBy;
        String body;
    }
}
