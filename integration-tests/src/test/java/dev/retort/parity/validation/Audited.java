package dev.retort.parity.validation;

import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;

/** A base model's constraint applies to each entity's table. */
@MappedSuperclass
public abstract class Audited {
    @NotNull java.time.Instant createdAt;
}
