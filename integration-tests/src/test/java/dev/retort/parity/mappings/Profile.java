package dev.retort.parity.mappings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/** {@code @MapsId}: the key is the foreign key to the product. */
@Entity
public class Profile {
    @Id
    Long id;

    @OneToOne
    @MapsId
    Product product;

    String summary;
}
