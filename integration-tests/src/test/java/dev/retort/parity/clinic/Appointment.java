package dev.retort.parity.clinic;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An appointment: its status by name, its symptoms as an ordered list. */
@Entity
public class Appointment extends Audited {
    @ManyToOne(optional = false)
    Pet pet;
    @ManyToOne
    Veterinarian veterinarian;
    @ManyToOne
    Room room;
    @NotNull
    LocalDateTime startsAt;
    LocalTime expectedLength;
    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    AppointmentStatus status;
    @ManyToMany
    @OrderColumn(name = "rank")
    List<Symptom> symptoms;
    @Basic(fetch = FetchType.LAZY)
    @Size(max = 1000)
    String internalNotes;
}
