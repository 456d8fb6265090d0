package dev.retort.parity.application;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

@MappedSuperclass
public abstract class BaseEntity {
    @Id
    @GeneratedValue
    Long id;
    @Version
    long version;
    @Column(nullable = false)
    Instant createdAt;
    Instant updatedAt;
}
