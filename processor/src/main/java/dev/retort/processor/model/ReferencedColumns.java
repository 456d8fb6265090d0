package dev.retort.processor.model;

import dev.retort.processor.util.Annotations;
import dev.retort.schema.Column;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.AnnotationMirror;

/** Which of an attribute's join columns stands for a column of the key it references. */
final class ReferencedColumns {

    private ReferencedColumns() {}

    /**
     * The join column whose {@code referencedColumnName} names the key column, else the one at the key
     * column's position when it names none; empty when neither, and the default name applies.
     */
    static Optional<AnnotationMirror> joinFor(List<AnnotationMirror> joins, int position, Column key,
                                              UnaryOperator<String> fold) {
        Optional<AnnotationMirror> named = joins.stream().filter(j -> referenced(j).map(fold)
                .filter(key.name()::equals).isPresent()).findFirst();
        if (named.isPresent() || position >= joins.size() || referenced(joins.get(position)).isPresent()) {
            return named;
        }
        return Optional.of(joins.get(position));
    }

    /**
     * The name of the join column at this position that stands for the key column, folded; else
     * {@code otherwise}.
     */
    static String name(List<AnnotationMirror> joins, int position, Column key, UnaryOperator<String> fold,
                       String otherwise) {
        return joinFor(joins, position, key, fold).flatMap(j -> Annotations.string(j, "name"))
                .filter(n -> !n.isBlank()).map(fold).orElse(otherwise);
    }

    private static Optional<String> referenced(AnnotationMirror join) {
        return Annotations.string(join, "referencedColumnName").filter(r -> !r.isBlank());
    }
}
