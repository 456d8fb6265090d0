package dev.retort.parity.application;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.util.Set;

@Entity
@Table(indexes = @Index(columnList = "title"))
public class Book extends BaseEntity {
    public enum Format { HARDCOVER, PAPERBACK, EBOOK }

    @Column(nullable = false, unique = true, length = 13)
    String isbn;
    @Column(nullable = false)
    String title;
    /** As on PostgreSQL: Hibernate would use H2's native ENUM type (README: deliberate differences). */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    Format format;
    @Column(precision = 8, scale = 2)
    BigDecimal price;
    @ManyToOne
    Publisher publisher;
    @ManyToOne
    Shelf shelf;
    @ManyToMany
    Set<Author> authors;
    @ElementCollection
    Set<String> keywords;
}
