package dev.retort.parity.validation;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotNull;

/** A SINGLE_TABLE subclass: its @NotNull leaves the shared column nullable. */
@Entity
@DiscriminatorValue("VIP")
public class Vip extends Client {
    @NotNull String manager;
}
