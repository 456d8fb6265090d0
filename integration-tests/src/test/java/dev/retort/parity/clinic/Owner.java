package dev.retort.parity.clinic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Date;
import java.util.List;
import java.util.Set;

/** A pet owner: contact details, pets by mappedBy, phone numbers in order, former addresses. */
@Entity
@Table(indexes = @Index(columnList = "lastName, firstName"))
public class Owner extends Audited {
    @NotBlank
    String firstName;
    @NotBlank
    String lastName;
    @Embedded
    @Valid
    Contact contact;
    @OneToMany(mappedBy = "owner")
    Set<Pet> pets;
    @ElementCollection
    @OrderColumn
    List<String> phoneNumbers;
    @ElementCollection
    @CollectionTable(name = "owner_former_address")
    List<Address> formerAddresses;
    @OneToOne(mappedBy = "owner")
    LoyaltyCard loyaltyCard;
    @Temporal(TemporalType.DATE)
    Date registeredOn;
}
