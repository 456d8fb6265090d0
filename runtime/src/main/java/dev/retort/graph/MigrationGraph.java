package dev.retort.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The migrations as a graph of revisions: one root, no cycles, no unknown ids, one head. Orders
 * them so that every migration comes after the ones it revises; ties are broken by id, so the order
 * is the same on every machine.
 */
public final class MigrationGraph {

    private final Map<String, Revision> byId;
    private final List<GraphProblem> problems;
    private final List<String> order;

    private MigrationGraph(Map<String, Revision> byId, List<GraphProblem> problems, List<String> order) {
        this.byId = byId;
        this.problems = problems;
        this.order = order;
    }

    public static MigrationGraph of(List<Revision> revisions) {
        Map<String, Revision> byId = new LinkedHashMap<>();
        List<GraphProblem> problems = new ArrayList<>();
        for (Revision revision : revisions) {
            if (byId.putIfAbsent(revision.id(), revision) != null) {
                problems.add(new GraphProblem.DuplicateId(revision.id()));
            }
        }
        for (Revision revision : byId.values()) {
            Set<String> seen = new HashSet<>();
            for (String parent : revision.revises()) {
                if (parent.equals(revision.id())) {
                    problems.add(new GraphProblem.BadRevises(revision.id(), "revises itself"));
                } else if (!seen.add(parent)) {
                    problems.add(new GraphProblem.BadRevises(revision.id(), "revises " + parent + " twice"));
                } else if (!byId.containsKey(parent)) {
                    problems.add(new GraphProblem.UnknownRevision(revision.id(), parent));
                }
            }
        }
        List<String> roots = byId.values().stream().filter(r -> r.revises().isEmpty()).map(Revision::id).toList();
        if (roots.size() > 1) {
            problems.add(new GraphProblem.SeveralRoots(roots));
        }
        Set<String> revised = new HashSet<>();
        byId.values().forEach(r -> revised.addAll(r.revises()));
        List<String> heads = byId.keySet().stream().filter(id -> !revised.contains(id)).toList();
        if (heads.size() > 1) {
            problems.add(new GraphProblem.SeveralHeads(heads));
        }
        List<String> order = new ArrayList<>();
        findCycle(byId).ifPresentOrElse(cycle -> problems.add(new GraphProblem.Cycle(cycle)),
                () -> order.addAll(topological(byId)));
        return new MigrationGraph(byId, List.copyOf(problems), List.copyOf(order));
    }

    /** Every problem found; empty when the graph is one line of history (with merges). */
    public List<GraphProblem> problems() {
        return problems;
    }

    /**
     * The ids in an order where each comes after those it revises. Empty when there is a cycle;
     * unknown parents are ignored, so the rest can still be replayed.
     */
    public List<String> order() {
        return order;
    }

    /** The migrations no other revises. */
    public List<String> heads() {
        Set<String> revised = new HashSet<>();
        byId.values().forEach(r -> revised.addAll(r.revises()));
        return byId.keySet().stream().filter(id -> !revised.contains(id)).toList();
    }

    public Optional<Revision> revision(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The id itself and every migration it depends on, in order. */
    public List<String> ancestorsOf(String id) {
        Set<String> wanted = new HashSet<>();
        List<String> stack = new ArrayList<>(List.of(id));
        while (!stack.isEmpty()) {
            String next = stack.remove(stack.size() - 1);
            Revision revision = byId.get(next);
            if (revision != null && wanted.add(next)) {
                stack.addAll(revision.revises());
            }
        }
        return order.stream().filter(wanted::contains).toList();
    }

    private static List<String> topological(Map<String, Revision> byId) {
        Map<String, Integer> waiting = new TreeMap<>();
        Map<String, List<String>> children = new TreeMap<>();
        for (Revision revision : byId.values()) {
            int known = 0;
            for (String parent : new HashSet<>(revision.revises())) {
                if (byId.containsKey(parent) && !parent.equals(revision.id())) {
                    known++;
                    children.computeIfAbsent(parent, p -> new ArrayList<>()).add(revision.id());
                }
            }
            waiting.put(revision.id(), known);
        }
        TreeMap<String, Boolean> ready = new TreeMap<>();
        waiting.forEach((id, count) -> {
            if (count == 0) {
                ready.put(id, true);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.pollFirstEntry().getKey();
            order.add(id);
            for (String child : children.getOrDefault(id, List.of())) {
                if (waiting.merge(child, -1, Integer::sum) == 0) {
                    ready.put(child, true);
                }
            }
        }
        return order;
    }

    /** Depth-first along the revises links, with an explicit stack: a history can be long. */
    private static Optional<List<String>> findCycle(Map<String, Revision> byId) {
        Map<String, Boolean> done = new HashMap<>();
        for (String start : byId.keySet()) {
            if (done.containsKey(start)) {
                continue;
            }
            List<String> path = new ArrayList<>(List.of(start));
            Set<String> onPath = new HashSet<>(path);
            Deque<Iterator<String>> parents = new ArrayDeque<>();
            parents.push(byId.get(start).revises().iterator());
            while (!parents.isEmpty()) {
                String current = path.get(path.size() - 1);
                Iterator<String> next = parents.peek();
                if (!next.hasNext()) {
                    parents.pop();
                    path.remove(path.size() - 1);
                    onPath.remove(current);
                    done.put(current, true);
                    continue;
                }
                String parent = next.next();
                if (!byId.containsKey(parent) || parent.equals(current) || done.containsKey(parent)) {
                    continue;
                }
                if (onPath.contains(parent)) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(parent), path.size()));
                    cycle.add(parent);
                    return Optional.of(cycle);
                }
                path.add(parent);
                onPath.add(parent);
                parents.push(byId.get(parent).revises().iterator());
            }
        }
        return Optional.empty();
    }
}
