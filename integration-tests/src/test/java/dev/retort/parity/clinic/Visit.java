package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What happened at an appointment: prescriptions joined by a column in theirs. */
@Entity
public class Visit extends Audited {
    @OneToOne
    @JoinColumn(unique = true)
    Appointment appointment;
    @Size(max = 4000)
    String notes;
    @OneToMany
    @JoinColumn(name = "visit_id")
    List<Prescription> prescriptions;
}
