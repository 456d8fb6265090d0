package dev.retort.graph;

import java.util.List;

/** Something that keeps the migrations from forming one line of history. */
public sealed interface GraphProblem {

    /** The migrations the problem is about, to attach it to. */
    List<String> ids();

    /** Two migrations share an id. */
    record DuplicateId(String id) implements GraphProblem {
        @Override
        public List<String> ids() {
            return List.of(id);
        }
    }

    /** A migration revises an id no migration has. */
    record UnknownRevision(String id, String unknown) implements GraphProblem {
        @Override
        public List<String> ids() {
            return List.of(id);
        }
    }

    /** Migrations revise each other in a circle. */
    record Cycle(List<String> path) implements GraphProblem {
        @Override
        public List<String> ids() {
            return path;
        }
    }

    /** More than one migration revises nothing. */
    record SeveralRoots(List<String> roots) implements GraphProblem {
        @Override
        public List<String> ids() {
            return roots;
        }
    }

    /** More than one migration is revised by no other: they need a merge migration. */
    record SeveralHeads(List<String> heads) implements GraphProblem {
        @Override
        public List<String> ids() {
            return heads;
        }
    }

    /** A migration revises the same id twice, or itself. */
    record BadRevises(String id, String detail) implements GraphProblem {
        @Override
        public List<String> ids() {
            return List.of(id);
        }
    }
}
