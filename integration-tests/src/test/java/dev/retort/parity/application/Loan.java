package dev.retort.parity.application;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

@Entity
public class Loan extends BaseEntity {
    @ManyToOne(optional = false)
    Book book;
    @ManyToOne(optional = false)
    Member member;
    LocalDate due;
    LocalDate returned;
}
