package dev.retort.parity.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Publisher extends BaseEntity {
    @Column(unique = true)
    String name;
}
