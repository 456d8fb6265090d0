package dev.retort.processor.model;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Identifiers;
import dev.retort.schema.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * What Hibernate makes of an attribute's Bean Validation constraints in its DDL: NOT NULL (not for
 * the columns of a SINGLE_TABLE subclass, which share the root's table), a string's length, a
 * decimal's precision and scale, a check of its {@code @Min} and {@code @Max}. The attributes of an
 * embedded value count only when the embedding attribute is {@code @Valid}, and make their columns
 * NOT NULL only when it is NOT NULL itself.
 */
final class BeanValidationDdl {

    private BeanValidationDdl() {}

    /** The constraints that apply to a value mapped by {@code owner} (itself, or the attribute that embeds it). */
    static ValidationConstraints.Effects effects(Element value, Element owner) {
        if (value == owner) {
            return ValidationConstraints.of(value);
        }
        if (owner.getAnnotationMirrors().stream().noneMatch(a -> a.getAnnotationType().toString()
                .equals(ValidationConstraints.VALID))) {
            return ValidationConstraints.Effects.NONE;
        }
        ValidationConstraints.Effects own = ValidationConstraints.of(value);
        boolean notNull = own.notNull() && ValidationConstraints.of(owner).notNull();
        return new ValidationConstraints.Effects(notNull, own.length(), own.digits(), own.minimums(), own.maximums());
    }

    static Column column(Column column, ValidationConstraints.Effects effects, boolean string,
                         boolean subclassInSingleTable) {
        Column shaped = column;
        if (effects.notNull() && !subclassInSingleTable) {
            shaped = shaped.withNullable(false);
        }
        if (string && effects.length().isPresent() && shaped.type().kind() == SqlType.Kind.VARCHAR) {
            shaped = shaped.withType(SqlType.varchar(effects.length().getAsInt()));
        }
        if (effects.digits().isPresent() && shaped.type().kind() == SqlType.Kind.NUMERIC) {
            int[] digits = effects.digits().get();
            shaped = shaped.withType(SqlType.numeric(digits[0], digits[1]));
        }
        return shaped;
    }

    /** One check of the column's bounds, as Hibernate joins them: {@code age >= 0 and age <= 120}. */
    static Optional<CheckConstraint> check(String table, Column column, ValidationConstraints.Effects effects) {
        List<String> bounds = new ArrayList<>();
        effects.minimums().forEach(min -> bounds.add(column.name() + " >= " + min));
        effects.maximums().forEach(max -> bounds.add(column.name() + " <= " + max));
        return bounds.isEmpty() ? Optional.empty() : Optional.of(new CheckConstraint("ck_" + Identifiers.namePart(table) + "_"
                + column.name() + "_bounds", String.join(" and ", bounds)));
    }
}
