package dev.retort.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The migrations as a graph of revisions: one root, no cycles, no unknown ids, one head. Orders
 * them so that every migration comes after the ones it revises; ties are broken by id, so the order
 * is the same on every machine.
 */
public final class MigrationGraph {

    private final Map<String, Revision> byId;
    private final List<GraphProblem> problems;
    private final List<String> order;
    private final List<String> heads;

    private MigrationGraph(Map<String, Revision> byId, List<GraphProblem> problems, List<String> order,
                           List<String> heads) {
        this.byId = byId;
        this.problems = problems;
        this.order = order;
        this.heads = heads;
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
        List<String> order = topological(byId);
        if (order.size() < byId.size()) {
            findCycle(byId).ifPresent(cycle -> problems.add(new GraphProblem.Cycle(cycle)));
            order = List.of();
        }
        return new MigrationGraph(byId, List.copyOf(problems), List.copyOf(order), heads);
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
        return heads;
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

    /**
     * Kahn's algorithm over the ids numbered in sorted order, so that the next of those ready is the
     * least id. Leaves out the migrations on a cycle and those after one.
     */
    private static List<String> topological(Map<String, Revision> byId) {
        String[] ids = byId.keySet().toArray(String[]::new);
        Arrays.sort(ids);
        Map<String, Integer> number = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            number.put(ids[i], i);
        }
        int[] waiting = new int[ids.length];
        List<List<Integer>> children = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            children.add(new ArrayList<>(1));
        }
        for (int i = 0; i < ids.length; i++) {
            for (String parent : new HashSet<>(byId.get(ids[i]).revises())) {
                Integer p = number.get(parent);
                if (p != null && p != i) {
                    waiting[i]++;
                    children.get(p).add(i);
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < ids.length; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        List<String> order = new ArrayList<>(ids.length);
        while (!ready.isEmpty()) {
            int next = ready.poll();
            order.add(ids[next]);
            for (int child : children.get(next)) {
                if (--waiting[child] == 0) {
                    ready.add(child);
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
