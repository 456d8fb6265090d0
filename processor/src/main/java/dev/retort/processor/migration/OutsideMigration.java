package dev.retort.processor.migration;

import java.util.List;

/**
 * A migration javac sees only as a compiled class, not among the sources of this compilation (an
 * IDE or an incremental build compiling some files): its annotation is known, its body is not.
 */
public record OutsideMigration(String id, List<String> revises, String name) {

    public OutsideMigration {
        revises = List.copyOf(revises);
    }
}
