package dev.retort.processor.migration;

import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * What javac read of {@code upgrade} or {@code downgrade}.
 *
 * @param method the method declared by the migration; null when it does not override it
 * @param complete false when some statement could not be read (already reported), so checks that
 *     need the whole body stay silent rather than report a cascade
 */
public record MethodBody(ExecutableElement method, Shape shape, List<LocatedOperation> operations, boolean complete) {

    /** The overall form of a body. */
    public enum Shape {
        /** Not overridden: the interface's default throws. */
        ABSENT,
        /** No statement at all. */
        EMPTY,
        /** Nothing but {@code throw} statements. */
        ONLY_THROWS,
        /** At least one operation, or statements Retort could not read. */
        OPERATIONS
    }

    public MethodBody {
        operations = List.copyOf(operations);
    }

    public static MethodBody absent() {
        return new MethodBody(null, Shape.ABSENT, List.of(), true);
    }

    /** A body javac could not show (no Tree API): neither missing nor readable. */
    public static MethodBody unknown() {
        return new MethodBody(null, Shape.OPERATIONS, List.of(), false);
    }

    /** Whether this body is missing in the sense of the missing-downgrade check. */
    public boolean missing() {
        return shape != Shape.OPERATIONS;
    }
}
