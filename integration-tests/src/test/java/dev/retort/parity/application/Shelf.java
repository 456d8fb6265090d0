package dev.retort.parity.application;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
public class Shelf extends BaseEntity {
    String code;
    @ManyToOne(optional = false)
    Branch branch;
}
