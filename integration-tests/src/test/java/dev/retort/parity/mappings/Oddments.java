package dev.retort.parity.mappings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Less common shapes: an integer discriminator of set length, enum collections, a timestamp version, uniques in embeddables. */
public final class Oddments {

    private Oddments() {}

    @Entity
    @DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER)
    @DiscriminatorValue("1")
    public static class Parcel {
        @Id
        Long id;

        @Version
        Instant touched;

        @ElementCollection
        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        Set<Level> levels;

        @ElementCollection
        @CollectionTable(name = "parcel_ordinals")
        @OrderColumn(name = "position")
        List<Level> ordinals;

        @Embedded
        Stamp stamp;

        @Lob
        char[] memo;

        @Column(precision = 10)
        Double weight;
    }

    @Entity
    @DiscriminatorValue("2")
    public static class Letter extends Parcel {
        @Column(length = 40)
        String addressee;
    }

    @Entity
    @DiscriminatorColumn(length = 12)
    public static class Crate {
        @Id
        Long id;
    }

    /** A one-to-one on a shared primary key: no join column. */
    @Entity
    public static class Skipper {
        @Id
        Long id;

        @jakarta.persistence.OneToOne
        @jakarta.persistence.PrimaryKeyJoinColumn
        Vessel vessel;
    }

    @Embeddable
    public static class Stamp {
        @Column(unique = true, length = 16)
        String serial;

        int amount;
    }

    @Entity
    @jakarta.persistence.Inheritance(strategy = jakarta.persistence.InheritanceType.JOINED)
    @DiscriminatorColumn(name = "sort")
    public static class Vessel {
        @Id
        Long id;
    }

    @Entity
    public static class Barge extends Vessel {
        int beam;
    }
}
