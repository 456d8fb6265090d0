package dev.retort.sql;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The values a check allows one column, when it is a plain list ({@code status in ('A', 'B')}, as
 * Hibernate writes an enum's check): what a later check of the column can be compared with.
 */
public final class CheckValueLists {

    /** A column and the values, each as the canonical form writes it (a string with its quotes). */
    public record ValueList(String column, Set<String> values) {}

    private CheckValueLists() {}

    public static Optional<ValueList> of(String expression) {
        return CheckParser.parse(expression).flatMap(parsed -> {
            if (!(parsed instanceof CheckExpression.In in) || in.negated()
                    || !(in.subject() instanceof CheckExpression.Name name)) {
                return Optional.empty();
            }
            Set<String> values = new LinkedHashSet<>();
            for (CheckExpression value : in.values()) {
                if (!(value instanceof CheckExpression.Literal) && !(value instanceof CheckExpression.Number)) {
                    return Optional.empty();
                }
                values.add(value.sql());
            }
            return Optional.of(new ValueList(name.name(), Set.copyOf(values)));
        });
    }
}
