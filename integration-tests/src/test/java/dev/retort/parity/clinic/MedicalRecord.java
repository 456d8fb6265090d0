package dev.retort.parity.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToOne;

/** One per pet: a one-to-one that owns its key. */
@Entity
public class MedicalRecord extends Audited {
    @OneToOne(optional = false)
    Pet pet;
    @Column(length = 2000)
    String summary;
    String bloodType;
}
