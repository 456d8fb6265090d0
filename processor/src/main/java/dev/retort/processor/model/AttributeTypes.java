package dev.retort.processor.model;

import dev.retort.processor.util.Annotations;
import dev.retort.schema.SqlType;
import dev.retort.schema.SqlType.Kind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The SQL type Hibernate ORM gives a basic attribute: {@code varchar(255)} for strings,
 * {@code numeric(38, 2)} for decimals, {@code timestamp(6)} for {@code LocalDateTime}, {@code time(6)}
 * (Hibernate 6) or {@code time(0)} (7) for {@code LocalTime}, and so on. {@code @Column(length,
 * precision, scale)}, {@code @Lob} and {@code @Enumerated} refine it.
 */
final class AttributeTypes {

    private static final int DEFAULT_LENGTH = 255;
    private static final int DEFAULT_PRECISION = 38;
    private static final int DEFAULT_SCALE = 2;
    /** A UUID's text: 32 hexadecimal digits and four hyphens. */
    private static final int UUID_LENGTH = 36;

    private static final Map<String, SqlType> BY_CLASS = Map.ofEntries(
            Map.entry("java.lang.Boolean", SqlType.of(Kind.BOOLEAN)),
            Map.entry("java.lang.Byte", SqlType.of(Kind.TINYINT)),
            Map.entry("java.lang.Short", SqlType.of(Kind.SMALLINT)),
            Map.entry("java.lang.Integer", SqlType.of(Kind.INTEGER)),
            Map.entry("java.lang.Long", SqlType.of(Kind.BIGINT)),
            Map.entry("java.lang.Float", SqlType.of(Kind.REAL)),
            Map.entry("java.lang.Double", SqlType.of(Kind.DOUBLE)),
            Map.entry("java.lang.Character", SqlType.character(1)),
            Map.entry("java.lang.String", SqlType.varchar(DEFAULT_LENGTH)),
            Map.entry("java.math.BigInteger", SqlType.numeric(DEFAULT_PRECISION, 0)),
            Map.entry("java.time.LocalDate", SqlType.of(Kind.DATE)),
            Map.entry("java.time.LocalTime", SqlType.of(Kind.TIME)),
            Map.entry("java.time.LocalDateTime", SqlType.of(Kind.TIMESTAMP)),
            Map.entry("java.time.Instant", SqlType.of(Kind.TIMESTAMP_TZ)),
            Map.entry("java.time.OffsetDateTime", SqlType.of(Kind.TIMESTAMP_TZ)),
            Map.entry("java.time.ZonedDateTime", SqlType.of(Kind.TIMESTAMP_TZ)),
            Map.entry("java.sql.Date", SqlType.of(Kind.DATE)),
            Map.entry("java.sql.Time", SqlType.of(Kind.TIME)),
            Map.entry("java.sql.Timestamp", SqlType.of(Kind.TIMESTAMP)),
            Map.entry("java.util.Date", SqlType.of(Kind.TIMESTAMP)),
            Map.entry("java.util.Calendar", SqlType.of(Kind.TIMESTAMP)),
            Map.entry("java.util.UUID", SqlType.of(Kind.UUID)),
            Map.entry("java.util.Currency", SqlType.varchar(3)),
            Map.entry("java.time.Duration", SqlType.numeric(21, 0)),
            Map.entry("java.time.Year", SqlType.of(Kind.INTEGER)),
            Map.entry("java.time.ZoneOffset", SqlType.varchar(6)),
            Map.entry("java.net.InetAddress", SqlType.varbinary(19)),
            Map.entry("java.sql.Blob", SqlType.of(Kind.BLOB)),
            Map.entry("java.sql.Clob", SqlType.of(Kind.CLOB)));

    /** Types Hibernate writes as their text, {@code varchar(255)} or {@code @Column(length)}. */
    private static final Set<String> AS_TEXT = Set.of("java.lang.String", "java.util.Locale",
            "java.util.TimeZone", "java.time.ZoneId", "java.net.URL", "java.lang.Class");

    private final HibernateTarget target;

    AttributeTypes(HibernateTarget target) {
        this.target = target;
    }

    /** The type of a basic attribute; empty when the Java type is not one Hibernate maps by default. */
    Optional<SqlType> of(Element attribute, TypeMirror type) {
        return of(attribute, type, Annotations.find(attribute, Jpa.COLUMN));
    }

    /** As {@link #of(Element, TypeMirror)}, with the {@code @Column} that applies (an override's, say). */
    Optional<SqlType> of(Element attribute, TypeMirror type,
                         Optional<javax.lang.model.element.AnnotationMirror> column) {
        return of(attribute, type, column, false);
    }

    /**
     * As {@link #of(Element, TypeMirror, Optional)}; for a map's key, {@code @MapKeyEnumerated} and
     * {@code @MapKeyTemporal} shape it instead of the attribute's {@code @Enumerated} and {@code @Temporal}.
     */
    Optional<SqlType> of(Element attribute, TypeMirror type,
                         Optional<javax.lang.model.element.AnnotationMirror> column, boolean mapKey) {
        return basic(attribute, type, column, mapKey).map(this::withTimePrecision)
                .map(sql -> preferred(type, sql));
    }

    /** The type the DDL settings give an {@code Instant}, a zoned date-time, a {@code UUID} or a boolean. */
    private SqlType preferred(TypeMirror type, SqlType sql) {
        DdlSettings ddl = target.ddl();
        String name = type.getKind() == TypeKind.BOOLEAN ? "java.lang.Boolean"
                : type.getKind() == TypeKind.DECLARED
                ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString() : "";
        return switch (name) {
            case "java.time.Instant" -> ddl.instant() == DdlSettings.InstantType.TIMESTAMP ? SqlType.of(Kind.TIMESTAMP) : sql;
            case "java.time.OffsetDateTime", "java.time.ZonedDateTime" ->
                    ddl.timeZone() == DdlSettings.TimeZoneStorage.NORMALIZE ? SqlType.of(Kind.TIMESTAMP) : sql;
            case "java.util.UUID" -> switch (ddl.uuid()) {
                case UUID -> sql;
                case CHAR -> SqlType.character(UUID_LENGTH);
                case VARCHAR -> SqlType.varchar(UUID_LENGTH);
            };
            case "java.lang.Boolean" -> switch (ddl.bool()) {
                case BOOLEAN, BIT -> sql;
                case TINYINT -> SqlType.of(Kind.TINYINT);
                case SMALLINT -> SqlType.of(Kind.SMALLINT);
                case INTEGER -> SqlType.of(Kind.INTEGER);
                case CHAR -> SqlType.character(1);
            };
            default -> sql;
        };
    }

    /** Whether Hibernate keeps this type's zone in a column of its own ({@code hibernate.timezone.default_storage=COLUMN}). */
    boolean zoneInOwnColumn(TypeMirror type) {
        return target.ddl().timeZone() == DdlSettings.TimeZoneStorage.COLUMN && type.getKind() == TypeKind.DECLARED
                && Set.of("java.time.OffsetDateTime", "java.time.ZonedDateTime")
                .contains(((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString());
    }

    private SqlType withTimePrecision(SqlType type) {
        return type.kind() == Kind.TIME ? SqlType.time(target.timePrecision()) : type;
    }

    private static Optional<SqlType> basic(Element attribute, TypeMirror type,
                                           Optional<javax.lang.model.element.AnnotationMirror> column, boolean mapKey) {
        boolean lob = !mapKey && Annotations.find(attribute, Jpa.LOB).isPresent();
        if (type.getKind().isPrimitive()) {
            return Optional.of(primitive(type.getKind()));
        }
        if (type.getKind() == TypeKind.ARRAY && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
            return Optional.of(lob ? SqlType.of(Kind.BLOB) : SqlType.varbinary(length(column)));
        }
        if (type.getKind() == TypeKind.ARRAY && ((ArrayType) type).getComponentType().getKind() == TypeKind.CHAR) {
            return Optional.of(lob ? SqlType.of(Kind.CLOB) : SqlType.varchar(length(column)));
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        String name = element.getQualifiedName().toString();
        if (element.getKind() == ElementKind.ENUM) {
            return Optional.of(enumerated(attribute, column, mapKey ? Jpa.MAP_KEY_ENUMERATED : Jpa.ENUMERATED));
        }
        if (AS_TEXT.contains(name)) {
            return Optional.of(lob ? SqlType.of(Kind.CLOB) : SqlType.varchar(length(column)));
        }
        if (name.equals("java.math.BigDecimal")) {
            int precision = column.flatMap(c -> integer(c, "precision")).filter(p -> p > 0).orElse(DEFAULT_PRECISION);
            int scale = column.flatMap(c -> integer(c, "scale")).filter(s -> s > 0).orElse(DEFAULT_SCALE);
            return Optional.of(SqlType.numeric(precision, scale));
        }
        if (name.equals("java.util.Date") || name.equals("java.util.Calendar")) {
            return Optional.of(temporal(attribute, mapKey ? Jpa.MAP_KEY_TEMPORAL : Jpa.TEMPORAL));
        }
        return Optional.ofNullable(BY_CLASS.get(name));
    }

    private static SqlType primitive(TypeKind kind) {
        switch (kind) {
            case BOOLEAN: return SqlType.of(Kind.BOOLEAN);
            case BYTE: return SqlType.of(Kind.TINYINT);
            case SHORT: return SqlType.of(Kind.SMALLINT);
            case INT: return SqlType.of(Kind.INTEGER);
            case LONG: return SqlType.of(Kind.BIGINT);
            case FLOAT: return SqlType.of(Kind.REAL);
            case DOUBLE: return SqlType.of(Kind.DOUBLE);
            case CHAR: return SqlType.character(1);
            default: throw new IllegalArgumentException("not a primitive: " + kind);
        }
    }

    /** ORDINAL (the default) is a small integer; STRING a varchar long enough for the names. */
    private static SqlType enumerated(Element attribute, Optional<javax.lang.model.element.AnnotationMirror> column,
                                      String annotation) {
        boolean string = Annotations.find(attribute, annotation).flatMap(e -> Annotations.constant(e, "value"))
                .filter("STRING"::equals).isPresent();
        return string ? SqlType.varchar(length(column)) : SqlType.of(Kind.TINYINT);
    }

    private static SqlType temporal(Element attribute, String annotation) {
        String value = Annotations.find(attribute, annotation).flatMap(t -> Annotations.constant(t, "value"))
                .orElse("TIMESTAMP");
        switch (value) {
            case "DATE": return SqlType.of(Kind.DATE);
            case "TIME": return SqlType.of(Kind.TIME);
            default: return SqlType.of(Kind.TIMESTAMP);
        }
    }

    private static int length(Optional<javax.lang.model.element.AnnotationMirror> column) {
        return column.flatMap(c -> integer(c, "length")).filter(l -> l > 0).orElse(DEFAULT_LENGTH);
    }

    private static Optional<Integer> integer(javax.lang.model.element.AnnotationMirror annotation, String member) {
        return Annotations.value(annotation, member).map(v -> v.getValue())
                .filter(Integer.class::isInstance).map(Integer.class::cast);
    }
}
