package dev.retort.parity.application;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import java.time.LocalDate;
import java.util.Set;

@Entity
public class Author extends BaseEntity {
    String name;
    LocalDate born;
    @ManyToMany(mappedBy = "authors")
    Set<Book> books;
}
