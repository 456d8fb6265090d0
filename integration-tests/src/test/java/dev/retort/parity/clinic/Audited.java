package dev.retort.parity.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** The base model: a sequence id, a version, who made a row and when. */
@MappedSuperclass
public abstract class Audited {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;
    @Version
    Integer version;
    @CreationTimestamp
    @Column(nullable = false, updatable = false)
    Instant createdAt;
    @UpdateTimestamp
    Instant updatedAt;
    @Size(max = 60)
    String createdBy;
}
