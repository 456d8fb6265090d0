package dev.retort.parity.basic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Every basic attribute type Hibernate maps by default. */
@Entity
@Table(name = "every_type")
public class EveryType {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    boolean flag;
    Boolean boxedFlag;
    byte tiny;
    short small;
    Short boxedSmall;
    int number;
    Integer boxedNumber;
    long big;
    float single;
    double twice;
    Double boxedTwice;
    char letter;
    String text;
    @Column(length = 40, nullable = false) String shortText;
    @Column(unique = true) String code;
    @Lob String essay; // not "longText": a reserved word on MariaDB
    BigDecimal amount;
    @Column(precision = 12, scale = 4) BigDecimal rate;
    BigInteger counter;
    LocalDate eventDay;
    LocalTime clock;
    LocalDateTime moment;
    Instant instant;
    OffsetDateTime offsetMoment;
    @Temporal(TemporalType.TIMESTAMP) Date legacyMoment;
    @Temporal(TemporalType.DATE) Date legacyDay;
    UUID token;
    byte[] bytes;
    @Lob byte[] picture; // not "blob": a reserved word on MariaDB, which Hibernate does not quote
    Status status;
    // H2's native ENUM is H2's alone: Retort expects the portable form Hibernate gives PostgreSQL.
    @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) Status namedStatus;
    @Transient String notStored;
    transient String alsoNotStored;

    public enum Status { NEW, ACTIVE, DONE }
}
