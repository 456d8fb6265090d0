package dev.retort.parity.application;

import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;

@Entity
public class Review extends BaseEntity {
    @ManyToOne(optional = false)
    Book book;
    @ManyToOne
    Member author;
    short stars;
    @Lob
    String text;
}
