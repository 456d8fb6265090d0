package dev.retort.processor.model;

import dev.retort.processor.util.Annotations;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/**
 * Tables and sequences in the SQL schema their annotation names ({@code @Table(schema)} and the like):
 * {@code sales.orders}. Without one, Hibernate puts them in the default schema, even a collection or
 * join table whose owner is elsewhere.
 */
final class QualifiedNames {

    private QualifiedNames() {}

    /**
     * The physical name, qualified by the annotation's {@code schema} when it names one other than the
     * connection's own ({@code retort.defaultSchema}).
     */
    static String qualify(Optional<AnnotationMirror> annotation, String name, PhysicalNames fold) {
        return annotation.flatMap(a -> Annotations.string(a, "schema")).filter(s -> !s.isBlank()).map(fold)
                .filter(schema -> !fold.isDefaultSchema(schema)).map(schema -> schema + "." + name).orElse(name);
    }
}
