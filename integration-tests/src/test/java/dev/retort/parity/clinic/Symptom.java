package dev.retort.parity.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.validation.constraints.NotBlank;
import java.util.Set;

/** What an owner saw. */
@Entity
public class Symptom {
    @Id
    @GeneratedValue
    Long id;
    @NotBlank
    String label;
    Severity usualSeverity;
    @ManyToMany(mappedBy = "symptoms")
    Set<Appointment> appointments;
}
