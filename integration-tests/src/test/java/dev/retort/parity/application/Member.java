package dev.retort.parity.application;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

@Entity
public class Member extends BaseEntity {
    @Column(nullable = false, unique = true)
    String email;
    String fullName;
    boolean active;
    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "home_street", nullable = false, length = 120))
    Address address;
}
