package dev.retort.parity.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.NaturalId;

/** A pet: its species by ordinal, its owner, tags and attributes. */
@Entity
public class Pet extends Audited {
    @NotBlank
    @Size(max = 40)
    String name;
    LocalDate birthDate;
    @NotNull
    Species species;
    @ManyToOne(optional = false)
    Owner owner;
    @ElementCollection
    Set<String> tags;
    @ElementCollection
    @MapKeyColumn(name = "attribute")
    @Column(name = "attribute_value")
    Map<String, String> attributes;
    @Min(0)
    @Max(200)
    Integer weightKg;
    @NaturalId
    @Column(length = 15)
    String microchip;
    @Lob
    byte[] photo;
}
