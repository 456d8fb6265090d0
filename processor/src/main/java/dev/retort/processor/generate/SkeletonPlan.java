package dev.retort.processor.generate;

import java.util.List;

/**
 * A migration Retort proposes: what it is called, where it goes in the graph, its steps both ways,
 * and the {@code @DataPreserved} notes a reviewer must fill in ({@code table}, {@code column} pairs;
 * column empty for a table).
 */
public record SkeletonPlan(String packageName, String className, String id, String revises, String description,
                           List<String> changes, List<SkeletonStep> upgrade, List<SkeletonStep> downgrade,
                           List<List<String>> notesToWrite) {

    public SkeletonPlan {
        changes = List.copyOf(changes);
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        notesToWrite = List.copyOf(notesToWrite);
    }

    public String qualifiedName() {
        return packageName.isEmpty() ? className : packageName + "." + className;
    }
}
