package dev.retort.processor.model;

import dev.retort.processor.util.Annotations;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * Hibernate's current-timestamp generators: {@code @CreationTimestamp}, {@code @UpdateTimestamp} and
 * {@code @CurrentTimestamp}. Hibernate 7.4 makes the column of each NOT NULL (of {@code @CurrentTimestamp}
 * only when its events include {@code INSERT}, as its default does), whatever else the mapping says: the
 * generator sets the column so when it is created, after the binding that makes a SINGLE_TABLE
 * subclass's columns nullable. Hibernate 6 leaves the column as the mapping has it.
 */
final class CurrentTimestamps {

    private static final String PACKAGE = "org.hibernate.annotations.";
    private static final List<String> ON_INSERT = List.of(PACKAGE + "CreationTimestamp", PACKAGE + "UpdateTimestamp");
    private static final String CURRENT = PACKAGE + "CurrentTimestamp";

    private CurrentTimestamps() {}

    /** Whether Hibernate of this generation makes the value's column NOT NULL for its generator. */
    static boolean forceNotNull(Element value, HibernateGeneration generation) {
        if (!generation.atLeast7()) {
            return false;
        }
        if (ON_INSERT.stream().anyMatch(a -> Annotations.find(value, a).isPresent())) {
            return true;
        }
        Optional<AnnotationMirror> current = Annotations.find(value, CURRENT);
        return current.isPresent() && Annotations.value(current.get(), "event").map(AnnotationValue::getValue)
                .filter(List.class::isInstance).map(events -> ((List<?>) events).stream()
                        .anyMatch(e -> e instanceof AnnotationValue v && v.getValue() instanceof VariableElement c
                                && c.getSimpleName().contentEquals("INSERT")))
                .orElse(false);
    }
}
