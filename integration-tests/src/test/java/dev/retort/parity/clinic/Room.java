package dev.retort.parity.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A room of a clinic. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"clinic_id", "roomNumber"}))
public class Room {
    @Id
    @GeneratedValue
    Long id;
    @ManyToOne(optional = false)
    Clinic clinic;
    @Column(nullable = false, length = 10)
    String roomNumber;
    int floor;
}
