package dev.retort.processor.model;

import dev.retort.processor.util.Annotations;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/** {@code @ForeignKey(ConstraintMode.NO_CONSTRAINT)}: the mapping keeps its join columns, Hibernate creates no key. */
final class ForeignKeyModes {

    private ForeignKeyModes() {}

    /** Whether the {@code @ForeignKey} in this member of the annotation says {@code NO_CONSTRAINT}. */
    static boolean noConstraint(Optional<AnnotationMirror> annotation, String member) {
        return annotation.flatMap(a -> Annotations.value(a, member)).map(v -> v.getValue())
                .filter(AnnotationMirror.class::isInstance).map(AnnotationMirror.class::cast)
                .flatMap(fk -> Annotations.value(fk, "value")).map(v -> v.getValue())
                .filter(v -> v instanceof VariableElement constant
                        && constant.getSimpleName().contentEquals("NO_CONSTRAINT"))
                .isPresent();
    }
}
