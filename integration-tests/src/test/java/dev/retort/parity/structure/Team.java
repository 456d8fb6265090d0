package dev.retort.parity.structure;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Team {
    @Id
    Long id;
    String name;
}
