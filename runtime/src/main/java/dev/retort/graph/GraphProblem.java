package dev.retort.graph;

import dev.retort.migration.DslSource;
import java.util.List;

/**
 * Something that keeps the migrations from forming one line of history. Each says what is wrong and
 * how to fix it, in the same words at compile time and at run time; the processor adds where.
 */
public sealed interface GraphProblem {

    /** The migrations the problem is about, to attach it to. */
    List<String> ids();

    /** What is wrong and how to fix it, with no full stop (a caller may join several). */
    String describe(MigrationNames names);

    /** Two migrations share an id. */
    record DuplicateId(String id) implements GraphProblem {
        @Override
        public List<String> ids() {
            return List.of(id);
        }

        @Override
        public String describe(MigrationNames names) {
            return "migration id '" + id + "' is used by " + String.join(" and ", names.of(id))
                    + ": give each migration its own id";
        }
    }

    /** A migration revises an id no migration has. */
    record UnknownRevision(String id, String unknown) implements GraphProblem {
        @Override
        public List<String> ids() {
            return List.of(id);
        }

        @Override
        public String describe(MigrationNames names) {
            return names.first(id) + " revises '" + unknown + "', but no migration has that id: revise an existing id";
        }
    }

    /** Migrations revise each other in a circle. */
    record Cycle(List<String> path) implements GraphProblem {
        @Override
        public List<String> ids() {
            return path;
        }

        @Override
        public String describe(MigrationNames names) {
            return "migrations revise each other in a circle (" + String.join(" -> ", path)
                    + "): one of them must revise an earlier migration instead";
        }
    }

    /** More than one migration revises nothing. */
    record SeveralRoots(List<String> roots) implements GraphProblem {
        @Override
        public List<String> ids() {
            return roots;
        }

        @Override
        public String describe(MigrationNames names) {
            return "several migrations revise nothing (" + String.join(", ", roots.stream().map(names::first).toList())
                    + "): only the first may; make the others revise the migration before them";
        }
    }

    /** More than one migration is revised by no other: they need a merge migration. */
    record SeveralHeads(List<String> heads) implements GraphProblem {
        @Override
        public List<String> ids() {
            return heads;
        }

        @Override
        public String describe(MigrationNames names) {
            return "the migrations have several heads (" + String.join(", ", heads.stream().map(names::first).toList())
                    + "): create a merge migration with revises = {"
                    + String.join(", ", heads.stream().map(DslSource::q).toList())
                    + "} and an empty upgrade (a merge that changes nothing needs no downgrade)";
        }
    }

    /** A migration revises the same id twice, or itself. */
    record BadRevises(String id, String detail) implements GraphProblem {
        @Override
        public List<String> ids() {
            return List.of(id);
        }

        @Override
        public String describe(MigrationNames names) {
            return names.first(id) + " " + detail + ": list each earlier migration once";
        }
    }
}
