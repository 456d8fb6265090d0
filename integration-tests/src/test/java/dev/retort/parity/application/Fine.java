package dev.retort.parity.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToOne;
import java.math.BigDecimal;

@Entity
public class Fine extends BaseEntity {
    @OneToOne(optional = false)
    Loan loan;
    @Column(nullable = false, precision = 6, scale = 2)
    BigDecimal amount;
    boolean paid;
}
