package dev.retort.processor.model;

import dev.retort.processor.util.Annotations;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.AnnotationMirror;

/**
 * Tables and sequences in the SQL schema their annotation names ({@code @Table(schema)} and the like):
 * {@code sales.orders}. Without one, Hibernate puts them in the default schema, even a collection or
 * join table whose owner is elsewhere.
 */
final class QualifiedNames {

    private QualifiedNames() {}

    /** The physical name, qualified by the annotation's {@code schema} when it has one. */
    static String qualify(Optional<AnnotationMirror> annotation, String name, UnaryOperator<String> fold) {
        return annotation.flatMap(a -> Annotations.string(a, "schema")).filter(s -> !s.isBlank())
                .map(schema -> fold.apply(schema) + "." + name).orElse(name);
    }
}
