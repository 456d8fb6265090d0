package dev.retort.parity.application;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

@Entity
public class Reservation extends BaseEntity {
    @ManyToOne(optional = false)
    Book book;
    @ManyToOne(optional = false)
    Member member;
    LocalDateTime placedAt;
}
