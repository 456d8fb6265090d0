package dev.retort.parity.validation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.constraints.Range;

/**
 * Bean Validation's constraints as Hibernate applies them to the DDL, with Hibernate Validator on
 * the class path: NOT NULL, lengths, precision and scale, checks of minimums and maximums, a
 * composed constraint, a group other than the default one, a single-table subclass, embedded values
 * with and without {@code @Valid}, a relation.
 */
@Entity
public class Client extends Audited {
    @Id @GeneratedValue Long id;

    @NotBlank @Size(max = 80) String name;

    @NotEmpty @Email @Column(length = 500) @Size(max = 320) String email;

    @Length(max = 20) String phone;

    @Size(min = 2) String nickname;

    @NotNull Integer loyaltyPoints;

    @Min(0) @Max(120) int age;

    @Range(min = 1, max = 5) Integer tier;

    @Digits(integer = 8, fraction = 3) BigDecimal creditLimit;

    @NotNull(groups = Strict.class) String taxNumber;

    @NotNull @ManyToOne Region region;

    @Valid @NotNull @Embedded Address billing;

    @Embedded
    @jakarta.persistence.AttributeOverride(name = "street", column = @Column(name = "shipping_street"))
    @jakarta.persistence.AttributeOverride(name = "city", column = @Column(name = "shipping_city"))
    Address shipping;

    /** A validation group of the application's own: not the one Hibernate applies. */
    public interface Strict {}

    @Embeddable
    public static class Address {
        @NotNull @Size(max = 100) String street;
        @NotNull String city;
    }
}
