package dev.retort.parity.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.Map;

/** The result of a test: measurements by name, a severity by ordinal. */
@Entity
public class LabResult extends Audited {
    @ManyToOne(optional = false)
    LabAnalysis analysis;
    @ManyToOne(optional = false)
    Pet pet;
    @ElementCollection
    @Column(precision = 12, scale = 4)
    Map<String, BigDecimal> measurements;
    Severity severity;
}
