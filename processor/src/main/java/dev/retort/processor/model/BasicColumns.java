package dev.retort.processor.model;

import dev.retort.processor.util.Annotations;
import dev.retort.schema.Column;
import dev.retort.schema.SqlType;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/** The column Hibernate makes of a basic value: its type, and NOT NULL for primitives and non-optional values. */
final class BasicColumns {

    private BasicColumns() {}

    /** Empty when the Java type is not one Hibernate maps by default. */
    static Optional<Column> of(BasicValue value, String physicalName, boolean forceNullable) {
        Optional<SqlType> type = AttributeTypes.of(value.element(), value.type(), value.column());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        boolean nullable = forceNullable
                || (value.inEmbeddable() || !value.type().getKind().isPrimitive())
                && value.column().flatMap(c -> bool(c, "nullable")).orElse(true)
                && Annotations.find(value.element(), Jpa.BASIC).flatMap(b -> bool(b, "optional")).orElse(true);
        return Optional.of(new Column(physicalName, type.get(), nullable, null, false));
    }

    static boolean unique(BasicValue value) {
        return value.column().flatMap(c -> bool(c, "unique")).orElse(false);
    }

    static Optional<Boolean> bool(AnnotationMirror annotation, String member) {
        return Annotations.value(annotation, member).map(v -> v.getValue())
                .filter(Boolean.class::isInstance).map(Boolean.class::cast);
    }
}
