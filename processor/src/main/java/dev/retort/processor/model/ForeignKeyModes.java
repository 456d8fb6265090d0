package dev.retort.processor.model;

import dev.retort.processor.util.Annotations;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/** {@code @ForeignKey(ConstraintMode.NO_CONSTRAINT)}: the mapping keeps its join columns, Hibernate creates no key. */
final class ForeignKeyModes {

    private ForeignKeyModes() {}

    /** Whether the {@code @ForeignKey} in this member of the annotation says {@code NO_CONSTRAINT}. */
    static boolean noConstraint(Optional<AnnotationMirror> annotation, String member) {
        return annotation.flatMap(a -> Annotations.value(a, member)).map(v -> v.getValue())
                .filter(AnnotationMirror.class::isInstance).map(AnnotationMirror.class::cast)
                .flatMap(fk -> Annotations.constant(fk, "value")).filter("NO_CONSTRAINT"::equals).isPresent();
    }
}
