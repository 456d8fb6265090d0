package dev.retort.parity.mappings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.io.Serializable;
import java.time.LocalDateTime;

/** Relations to entities with composite keys: a join column per key column. */
@Entity
@IdClass(Seat.Key.class)
public class Seat {
    @Id
    @Column(name = "seat_row")
    int row;

    @Id
    int number;

    public record Key(int row, int number) implements Serializable {}

    @Entity
    public static class Screening {
        @EmbeddedId
        Slot id;

        String film;
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
