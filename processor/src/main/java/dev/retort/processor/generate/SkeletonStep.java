package dev.retort.processor.generate;

import dev.retort.operation.Operation;

/** One operation of a skeleton, with the comment a reviewer must read first (empty for none). */
public record SkeletonStep(Operation operation, String comment) {

    public static SkeletonStep of(Operation operation) {
        return new SkeletonStep(operation, "");
    }
}
