package dev.retort.parity.mappings;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.PrimaryKeyJoinColumns;
import jakarta.persistence.SecondaryTable;
import java.io.Serializable;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A JOINED subclass of a composite key with its key columns renamed, enums in embeddable elements,
 * required relations, and a secondary table of a SINGLE_TABLE subclass.
 */
public final class Holdings {

    private Holdings() {}

    public record Key(String region, int number) implements Serializable {}

    @Entity
    @IdClass(Key.class)
    @Inheritance(strategy = InheritanceType.JOINED)
    public static class Asset {
        @Id
        String region;

        @Id
        int number;
    }

    @Entity
    @PrimaryKeyJoinColumns({@PrimaryKeyJoinColumn(name = "a_region", referencedColumnName = "region"),
            @PrimaryKeyJoinColumn(name = "a_number", referencedColumnName = "number")})
    public static class Building extends Asset {
        int floors;
    }

    public enum Kind { A, B }

    @Embeddable
    public static class Label {
        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        Kind kind;

        String text;
    }

    @Entity
    public static class Labelled {
        @Id
        Long id;

        @ElementCollection
        Set<Label> labels;

        @ManyToOne(optional = false)
        @JoinColumn(nullable = true)
        Labelled parent;

        @OneToOne(optional = false)
        Labelled twin;
    }

    @Entity
    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
    @SecondaryTable(name = "figure_extra")
    public static class Figure {
        @Id
        Long id;
    }

    @Entity
    @SecondaryTable(name = "round_extra")
    public static class Round extends Figure {
        @Column(table = "round_extra")
        Double radius;
    }
}
