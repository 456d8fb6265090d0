package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

/** An owner card: a one-to-one both ways. */
@Entity
public class LoyaltyCard {
    @Id
    @GeneratedValue
    Long id;
    @OneToOne(optional = false)
    @JoinColumn(unique = true)
    Owner owner;
    int points;
}
