package dev.retort.parity.clinic;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How to reach someone. */
@Embeddable
public class Contact {
    @Size(max = 30)
    String phone;
    @NotNull
    @Size(max = 120)
    String email;
}
