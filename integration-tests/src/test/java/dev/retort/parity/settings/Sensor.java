package dev.retort.parity.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** A UUID key, which a foreign key takes the type of. */
@Entity
public class Sensor {
    @Id UUID id;
    String label;
}
