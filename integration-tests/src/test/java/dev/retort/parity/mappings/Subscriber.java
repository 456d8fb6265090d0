package dev.retort.parity.mappings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.UniqueConstraint;

/** Secondary tables: one left to the defaults, and one with its key column, foreign key and constraints named. */
@Entity
@SecondaryTable(name = "subscriber_details")
@SecondaryTable(name = "SubscriberBilling",
        pkJoinColumns = @PrimaryKeyJoinColumn(name = "subscriber"),
        foreignKey = @ForeignKey(name = "fk_billing_subscriber"),
        uniqueConstraints = @UniqueConstraint(columnNames = {"iban", "bic"}),
        indexes = @Index(columnList = "bic"))
public class Subscriber {
    @Id
    @GeneratedValue
    Long id;

    String name;

    @Column(table = "subscriber_details")
    String bio;

    @Column(table = "subscriber_details", nullable = false)
    int age;

    @Column(table = "subscriber_details", length = 20, unique = true)
    String phone;

    @Column(table = "SubscriberBilling")
    String iban;

    @Column(table = "SubscriberBilling")
    String bic;

    @Column(table = "SubscriberBilling")
    boolean paper;

    @ManyToOne
    @JoinColumn(table = "subscriber_details")
    Product favourite;
}
