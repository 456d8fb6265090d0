package dev.retort.showplanner.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A show being planned, with the quotes asked for it. */
@Entity
@Table(name = "shows", indexes = @Index(name = "idx_shows_created_by", columnList = "created_by_id"))
public class Show extends BaseModel {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 200)
    private String venue;

    private LocalDateTime startsAt;

    @ManyToOne
    private User createdBy;

    @OneToMany(mappedBy = "show")
    private List<Quote> quotes = new ArrayList<>();

    protected Show() {}

    public Show(String title, String venue, LocalDateTime startsAt, User createdBy) {
        this.title = title;
        this.venue = venue;
        this.startsAt = startsAt;
        this.createdBy = createdBy;
    }

    public String getTitle() {
        return title;
    }

    public User getCreatedBy() {
        return createdBy;
    }

    public List<Quote> getQuotes() {
        return quotes;
    }
}
