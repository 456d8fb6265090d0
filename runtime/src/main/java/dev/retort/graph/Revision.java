package dev.retort.graph;

import java.util.List;

/** A migration's place in the graph: its id and the ids it revises. */
public record Revision(String id, List<String> revises) {

    public Revision {
        revises = List.copyOf(revises);
    }
}
