package dev.retort.parity.structure;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Tag {
    @Id
    Long id;
    String label;
}
