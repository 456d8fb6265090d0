package dev.retort.showplanner.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A supplier's price for a show. */
@Entity
@Table(name = "quotes", indexes = @Index(name = "idx_quotes_show", columnList = "show_id"))
public class Quote extends BaseModel {

    public enum Status { DRAFT, SENT, ACCEPTED, REJECTED }

    @ManyToOne(optional = false)
    private Show show;

    @Column(nullable = false, length = 200)
    private String supplier;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    protected Quote() {}

    public Quote(Show show, String supplier, BigDecimal amount, String currency) {
        this.show = show;
        this.supplier = supplier;
        this.amount = amount;
        this.currency = currency;
        this.status = Status.DRAFT;
    }

    public Show getShow() {
        return show;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Status getStatus() {
        return status;
    }
}
