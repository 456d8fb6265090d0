package dev.retort.processor.model;

import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.util.Annotations;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.Identifiers;
import dev.retort.schema.SqlType;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.type.TypeMirror;

/**
 * The column Hibernate makes of a basic value: its type (the converter's column type when one
 * applies), NOT NULL for primitives and non-optional values, and the check on its values.
 */
final class BasicColumns {

    private final Converters converters;
    private final AttributeTypes types;
    private final HibernateTarget target;
    private final Reporter reporter;

    BasicColumns(Converters converters, HibernateTarget target, Reporter reporter) {
        this.converters = converters;
        this.types = new AttributeTypes(target);
        this.target = target;
        this.reporter = reporter;
    }

    /**
     * Empty, and reported on the value's element, when the Java type is not one Hibernate maps by
     * default (or its converter's column type cannot be told).
     */
    Optional<Column> of(BasicValue value, String physicalName, boolean forceNullable) {
        Optional<String> definition = definition(value.column());
        if (definition.isPresent()) {
            return defined(value, physicalName, definition.get(), forceNullable);
        }
        Optional<Converters.Conversion> conversion = converters.of(value);
        if (conversion.isPresent() && conversion.get().columnType().isEmpty()) {
            return Optional.empty();
        }
        TypeMirror javaType = conversion.flatMap(Converters.Conversion::columnType).orElse(value.type());
        Optional<SqlType> type = types.of(value.element(), javaType, value.column(),
                value.convertPath().equals("key"));
        if (type.isEmpty()) {
            reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(value.element()),
                    ProcessorErrors.unsupportedAttributeType(value.name(), value.type()));
            return Optional.empty();
        }
        boolean floating = type.get().kind() == SqlType.Kind.REAL || type.get().kind() == SqlType.Kind.DOUBLE;
        if (floating && value.column().flatMap(c -> Annotations.value(c, "scale")).map(v -> v.getValue())
                .filter(v -> v instanceof Integer scale && scale != 0).isPresent()) {
            reporter.report(Check.INVALID_MAPPING, Location.ofMember(value.element(), value.column().orElseThrow(), "scale"),
                    ProcessorErrors.scaleOnFloatingPoint(value.name()));
            return Optional.empty();
        }
        // Hibernate 7 makes a version NOT NULL whatever its type; 6 only a primitive one.
        boolean version = target.generation().atLeast7() && Annotations.find(value.element(), Jpa.VERSION).isPresent();
        boolean nullable = forceNullable || !version
                && (value.primitiveNullable() || !value.type().getKind().isPrimitive()) && declaredOptional(value);
        return Optional.of(new Column(physicalName, type.get(), nullable && !generatedNotNull(value),
                columnDefault(value), false));
    }

    /**
     * The column of a zoned date-time's offset, in seconds, when {@code hibernate.timezone.default_storage}
     * is {@code COLUMN}: an integer named after the value's column, {@code <column>_tz}, as nullable as it.
     */
    Optional<Column> zoneColumn(BasicValue value, Column column, java.util.function.UnaryOperator<String> fold) {
        if (!zoneInOwnColumn(value)) {
            return Optional.empty();
        }
        String name = fold.apply(value.name() + "_tz");
        return Optional.of(new Column(name, SqlType.of(SqlType.Kind.INTEGER), column.nullable(), null, false));
    }

    /** Whether {@code hibernate.timezone.default_storage=COLUMN} keeps this value's offset in a column of its own. */
    boolean zoneInOwnColumn(BasicValue value) {
        return types.zoneInOwnColumn(value.type());
    }

    /** Hibernate's {@code @ColumnDefault}: a literal; anything else is reported, and the column keeps no default. */
    private DefaultValue columnDefault(BasicValue value) {
        Optional<AnnotationMirror> columnDefault = Annotations.find(value.element(), HibernateAnnotations.COLUMN_DEFAULT);
        Optional<String> sql = columnDefault.flatMap(d -> Annotations.string(d, "value"));
        if (sql.isEmpty()) {
            return null;
        }
        Optional<DefaultValue> parsed = ColumnDefinitions.parseDefault(sql.get());
        if (parsed.isEmpty()) {
            reporter.report(Check.UNSUPPORTED_MAPPING, Location.ofMember(value.element(), columnDefault.get(), "value"),
                    ProcessorErrors.unreadColumnDefault(sql.get(), value.name()));
        }
        return parsed.orElse(null);
    }

    /**
     * A column of {@code @Column(columnDefinition)}: its type and default as the definition says, NOT
     * NULL only when it says so or {@code nullable = false} does (Hibernate adds nothing for a
     * primitive then). Empty, and reported, when Retort cannot read the definition.
     */
    private Optional<Column> defined(BasicValue value, String physicalName, String definition, boolean forceNullable) {
        Optional<ColumnDefinitions.Definition> parsed = ColumnDefinitions.parse(definition);
        if (parsed.isEmpty()) {
            reporter.report(Check.UNSUPPORTED_MAPPING, value.column()
                            .map(c -> Location.ofMember(value.element(), c, "columnDefinition"))
                            .orElseGet(() -> Location.of(value.element())),
                    ProcessorErrors.unreadColumnDefinition(definition, value.name()));
            return Optional.empty();
        }
        boolean nullable = (forceNullable || !parsed.get().notNull() && declaredOptional(value)) && !generatedNotNull(value);
        return Optional.of(new Column(physicalName, parsed.get().type(), nullable, parsed.get().defaultValue(), false));
    }

    private boolean generatedNotNull(BasicValue value) {
        return CurrentTimestamps.forceNotNull(value.element(), target.generation());
    }

    /** Neither {@code @Column(nullable = false)} nor {@code @Basic(optional = false)}. */
    private static boolean declaredOptional(BasicValue value) {
        return value.column().flatMap(c -> Annotations.bool(c, "nullable")).orElse(true)
                && Annotations.find(value.element(), Jpa.BASIC).flatMap(b -> Annotations.bool(b, "optional")).orElse(true);
    }

    /** The type of an id column: its {@code columnDefinition}'s, else its Java type's; empty, and reported, if neither. */
    Optional<SqlType> idType(Attribute attribute) {
        Optional<AnnotationMirror> column = Annotations.find(attribute.element(), Jpa.COLUMN);
        Optional<String> definition = definition(column);
        Optional<SqlType> type = definition.isPresent()
                ? ColumnDefinitions.parse(definition.get()).map(ColumnDefinitions.Definition::type)
                : types.of(attribute.element(), attribute.type());
        if (type.isEmpty()) {
            Location location = definition.isPresent()
                    ? Location.ofMember(attribute.element(), column.orElseThrow(), "columnDefinition")
                    : Location.of(attribute.element());
            reporter.report(Check.UNSUPPORTED_MAPPING, location, definition.isPresent()
                    ? ProcessorErrors.unreadColumnDefinition(definition.get(), attribute.name())
                    : ProcessorErrors.unsupportedIdType(attribute.type()));
        }
        return type;
    }

    private static Optional<String> definition(Optional<AnnotationMirror> column) {
        return column.flatMap(c -> Annotations.string(c, "columnDefinition")).filter(d -> !d.isBlank());
    }

    /**
     * The check Hibernate puts on the column: an enum's values, or the two values of a converted
     * boolean (under Hibernate 7, of a {@code char(1)} one too); none on a column of a
     * {@code columnDefinition}. Hibernate 7 checks the values a converter gives an enum's constants
     * too, which cannot be known at compile time: reported.
     */
    Optional<dev.retort.schema.CheckConstraint> check(String table, BasicValue value, Column column) {
        if (definition(value.column()).isPresent()) {
            return Optional.empty();
        }
        Optional<Converters.Conversion> conversion = converters.of(value);
        if (conversion.isEmpty() && charBoolean(value.type())) {
            return Optional.of(new dev.retort.schema.CheckConstraint("ck_" + Identifiers.namePart(table) + "_"
                    + column.name(), column.name() + " in ('F','T')"));
        }
        if (conversion.isEmpty()) {
            return EnumChecks.of(table, value.type(), column);
        }
        if (target.generation().atLeast7() && EnumChecks.isEnum(value.type())) {
            reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(value.element()),
                    ProcessorErrors.convertedEnumCheck(value.name(), conversion.get().converter()));
            return Optional.empty();
        }
        return conversion.get().booleanValues().map(values -> new dev.retort.schema.CheckConstraint(
                "ck_" + Identifiers.namePart(table) + "_" + column.name(),
                column.name() + " in (" + String.join(",", values) + ")"));
    }

    /** Hibernate 7 checks a boolean kept as {@code char(1)} ({@code preferred_boolean_jdbc_type=CHAR}) for its two letters. */
    private boolean charBoolean(TypeMirror type) {
        return target.generation().atLeast7() && target.ddl().bool() == DdlSettings.BooleanType.CHAR
                && (type.getKind() == javax.lang.model.type.TypeKind.BOOLEAN || type.toString().equals("java.lang.Boolean"));
    }

    static boolean unique(BasicValue value) {
        return value.column().flatMap(c -> Annotations.bool(c, "unique")).orElse(false);
    }
}
