package dev.retort.parity.basic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.GenerationType;

/** Ids from sequences: AUTO (Hibernate 6: a sequence per entity) and an explicit generator. */
@Entity
public class SequencedThing {
    @Id @GeneratedValue Long id;
    String label;

    @Entity
    public static class NamedSequenceThing {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "things")
        @SequenceGenerator(name = "things", sequenceName = "thing_ids", initialValue = 100, allocationSize = 10)
        Long id;
        int version;
    }
}
