package dev.retort.parity.mappings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Relations to entities with composite keys, and their collections: a join column per key column. */
@Entity
@IdClass(Seat.Key.class)
public class Seat {
    @Id
    @Column(name = "seat_row")
    int row;

    @Id
    int number;

    @ElementCollection
    Set<String> features;

    @ElementCollection
    @OrderColumn
    @CollectionTable(name = "seat_notes", joinColumns = {
            @JoinColumn(name = "n_number", referencedColumnName = "number"),
            @JoinColumn(name = "n_row", referencedColumnName = "seat_row")})
    List<String> notes;

    @ManyToMany
    Set<Screening> screenings;

    @OneToMany
    @JoinColumns({@JoinColumn(name = "held_row", referencedColumnName = "seat_row"),
            @JoinColumn(name = "held_number", referencedColumnName = "number")})
    List<Booking> holds;

    public record Key(int row, int number) implements Serializable {}

    @Entity
    public static class Screening {
        @EmbeddedId
        Slot id;

        String film;

        @ElementCollection
        Map<String, String> subtitles;

        @OneToMany
        List<Booking> bookings;
    }

    @Embeddable
    public record Slot(String hall, LocalDateTime starts) implements Serializable {}

    @Entity
    public static class Booking {
        @Id
        Long id;

        @ManyToOne
        Seat seat;

        @ManyToOne(optional = false)
        @JoinColumns({@JoinColumn(name = "alt_row", referencedColumnName = "seat_row"),
                @JoinColumn(name = "alt_number", referencedColumnName = "number")})
        Seat alternative;

        @OneToOne
        Screening screening;
    }
}
