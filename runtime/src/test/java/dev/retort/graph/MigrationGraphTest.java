package dev.retort.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MigrationGraphTest {

    private static Revision revision(String id, String... revises) {
        return new Revision(id, List.of(revises));
    }

    @Test
    void linearHistoryFollowsTheRevisesLinksNotTheIds() {
        MigrationGraph graph = MigrationGraph.of(List.of(revision("b2", "a1"), revision("c3"), revision("a1", "c3")));
        assertEquals(List.of(), graph.problems());
        assertEquals(List.of("c3", "a1", "b2"), graph.order());
        assertEquals(List.of("b2"), graph.heads());
        assertEquals(List.of("c3", "a1"), graph.ancestorsOf("a1"));
        assertEquals(Optional.of(revision("a1", "c3")), graph.revision("a1"));
        assertEquals(Optional.empty(), graph.revision("zz"));
    }

    @Test
    void aMergeComesAfterBothBranches() {
        MigrationGraph graph = MigrationGraph.of(List.of(
                revision("m", "b", "a"), revision("b", "0"), revision("a", "0"), revision("0"), revision("n", "m")));
        assertEquals(List.of(), graph.problems());
        assertEquals(List.of("0", "a", "b", "m", "n"), graph.order());
        assertEquals(List.of("n"), graph.heads());
        assertEquals(List.of("0", "b"), graph.ancestorsOf("b"));
        assertEquals(List.of("0", "a", "b", "m"), graph.ancestorsOf("m"));
        assertEquals(List.of(), graph.ancestorsOf("unknown"));
    }

    @Test
    void emptyHistoryHasNoProblem() {
        MigrationGraph graph = MigrationGraph.of(List.of());
        assertEquals(List.of(), graph.problems());
        assertEquals(List.of(), graph.order());
        assertEquals(List.of(), graph.heads());
    }

    @Test
    void duplicateId() {
        MigrationGraph graph = MigrationGraph.of(List.of(revision("a"), revision("b", "a"), revision("a", "b")));
        assertEquals(List.of(new GraphProblem.DuplicateId("a")), graph.problems());
        assertEquals(List.of("a", "b"), graph.order());
        assertEquals(List.of("a"), graph.problems().get(0).ids());
    }

    @Test
    void unknownRevises() {
        MigrationGraph graph = MigrationGraph.of(List.of(revision("a"), revision("b", "a"), revision("c", "b", "x")));
        assertEquals(List.of(new GraphProblem.UnknownRevision("c", "x")), graph.problems());
        assertEquals(List.of("a", "b", "c"), graph.order());
    }

    @Test
    void badRevises() {
        MigrationGraph graph = MigrationGraph.of(List.of(revision("a"), revision("b", "a", "a"), revision("c", "b", "c")));
        assertEquals(List.of(new GraphProblem.BadRevises("b", "revises a twice"),
                new GraphProblem.BadRevises("c", "revises itself")), graph.problems());
        assertEquals(List.of("a", "b", "c"), graph.order());
    }

    @Test
    void cycle() {
        MigrationGraph graph = MigrationGraph.of(List.of(
                revision("r"), revision("a", "r", "c"), revision("b", "a"), revision("c", "b")));
        assertEquals(List.of(new GraphProblem.Cycle(List.of("a", "c", "b", "a"))), graph.problems());
        assertEquals(List.of(), graph.order());
        assertEquals(List.of(), graph.heads());
    }

    @Test
    void severalRoots() {
        MigrationGraph graph = MigrationGraph.of(List.of(revision("b"), revision("a"), revision("m", "a", "b")));
        assertEquals(List.of(new GraphProblem.SeveralRoots(List.of("b", "a"))), graph.problems());
        assertEquals(List.of("a", "b", "m"), graph.order());
    }

    @Test
    void severalHeads() {
        MigrationGraph graph = MigrationGraph.of(List.of(revision("r"), revision("y", "r"), revision("x", "r")));
        assertEquals(List.of(new GraphProblem.SeveralHeads(List.of("y", "x"))), graph.problems());
        assertEquals(List.of("y", "x"), graph.heads());
        assertEquals(List.of("r", "x", "y"), graph.order());
    }

    @Test
    void orderIsTheSameWhateverTheOrderTheRevisionsAreFoundIn() {
        List<Revision> revisions = new ArrayList<>(List.of(
                revision("root"), revision("f", "root"), revision("c", "root"), revision("e", "c"),
                revision("d", "f"), revision("m1", "e", "d"), revision("b", "m1"), revision("a", "m1"),
                revision("z", "a", "b")));
        List<String> expected = List.of("root", "c", "e", "f", "d", "m1", "a", "b", "z");
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            Collections.shuffle(revisions, random);
            MigrationGraph graph = MigrationGraph.of(revisions);
            assertEquals(List.of(), graph.problems());
            assertEquals(expected, graph.order());
        }
    }

    @Test
    void aLongHistoryIsHandledWithoutDeepRecursion() {
        List<Revision> revisions = new ArrayList<>();
        revisions.add(revision("r000000"));
        for (int i = 1; i < 100_000; i++) {
            revisions.add(revision(String.format("r%06d", i), String.format("r%06d", i - 1)));
        }
        Collections.reverse(revisions);
        MigrationGraph graph = MigrationGraph.of(revisions);
        assertEquals(List.of(), graph.problems());
        assertEquals(100_000, graph.order().size());
        assertEquals("r000000", graph.order().get(0));
        assertEquals(List.of("r099999"), graph.heads());
    }

    @Test
    void aLongCycleIsFoundWithoutDeepRecursion() {
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            revisions.add(revision(String.format("r%06d", i), String.format("r%06d", (i + 1) % 100_000)));
        }
        MigrationGraph graph = MigrationGraph.of(revisions);
        assertEquals(1, graph.problems().size());
        GraphProblem.Cycle cycle = (GraphProblem.Cycle) graph.problems().get(0);
        assertEquals(100_001, cycle.path().size());
        assertEquals("r000000", cycle.path().get(0));
        assertEquals("r000001", cycle.path().get(1));
        assertEquals("r000000", cycle.path().get(100_000));
    }
}
