package dev.retort.parity.mappings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import java.math.BigDecimal;

/** TABLE_PER_CLASS: no table for the abstract root, each concrete class a table with every column. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Account {
    @Id
    @GeneratedValue
    Long id;

    String owner;

    BigDecimal balance;

    @Entity
    public static class Savings extends Account {
        double rate;
    }

    @Entity
    public static class Checking extends Account {
        BigDecimal overdraft;
    }
}
