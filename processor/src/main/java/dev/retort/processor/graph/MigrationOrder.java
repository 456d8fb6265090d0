package dev.retort.processor.graph;

import dev.retort.graph.GraphProblem;
import dev.retort.graph.MigrationGraph;
import dev.retort.graph.MigrationNames;
import dev.retort.graph.Revision;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.migration.MigrationSource;
import dev.retort.processor.util.Annotations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;

/**
 * Orders the migrations by {@code revises} and reports what keeps them from one line of history, on
 * the {@code @Migration} value at fault.
 */
public final class MigrationOrder {

    private final Reporter reporter;

    public MigrationOrder(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * The migrations in graph order; empty when they cannot be replayed (a cycle, a duplicate or an
     * unknown id). Several heads still replay: the schema of both branches is known.
     */
    public List<MigrationSource> order(List<MigrationSource> migrations) {
        Map<String, List<MigrationSource>> byId = new LinkedHashMap<>();
        List<Revision> revisions = new ArrayList<>();
        for (MigrationSource migration : migrations) {
            byId.computeIfAbsent(migration.id(), id -> new ArrayList<>()).add(migration);
            revisions.add(new Revision(migration.id(), migration.revises()));
        }
        MigrationGraph graph = MigrationGraph.of(revisions);
        boolean replayable = true;
        Optional<Forgotten> forgotten = forgotten(graph);
        for (GraphProblem problem : graph.problems()) {
            if (forgotten.isPresent() && problem instanceof GraphProblem.SeveralRoots) {
                MigrationSource late = byId.get(forgotten.get().late()).get(0);
                String before = forgotten.get().before();
                reporter.report(Check.GRAPH, at(late, "revises", null),
                        ProcessorErrors.forgotRevises(late.name(), before, byId.get(before).get(0).name()));
            } else if (forgotten.isEmpty() || !(problem instanceof GraphProblem.SeveralHeads)) {
                report(problem, byId);
            }
            replayable &= problem instanceof GraphProblem.SeveralHeads;
        }
        if (!replayable) {
            return List.of();
        }
        List<MigrationSource> ordered = new ArrayList<>();
        for (String id : graph.order()) {
            ordered.add(byId.get(id).get(0));
        }
        return ordered;
    }

    /** A migration that forgot its revises: {@code late} revises nothing, and {@code before} was the head before it. */
    private record Forgotten(String late, String before) {}

    /**
     * Two roots, one of which no migration revises while the other starts a longer chain: the lone one
     * was written after that chain's head and forgot to say so. Its fault also makes two heads, which
     * are then not reported apart.
     */
    private static Optional<Forgotten> forgotten(MigrationGraph graph) {
        Optional<List<String>> roots = graph.problems().stream().filter(GraphProblem.SeveralRoots.class::isInstance)
                .map(p -> ((GraphProblem.SeveralRoots) p).roots()).findFirst();
        if (roots.isEmpty() || roots.get().size() != 2) {
            return Optional.empty();
        }
        List<String> heads = graph.heads();
        List<String> lone = roots.get().stream().filter(heads::contains).toList();
        List<String> others = heads.stream().filter(h -> !lone.contains(h)).toList();
        return lone.size() == 1 && others.size() == 1 ? Optional.of(new Forgotten(lone.get(0), others.get(0)))
                : Optional.empty();
    }

    /** On each migration the problem is about, at the annotation value at fault. */
    private void report(GraphProblem problem, Map<String, List<MigrationSource>> byId) {
        MigrationNames names = id -> byId.get(id).stream().map(MigrationSource::name).toList();
        if (problem instanceof GraphProblem.DuplicateId duplicate) {
            for (MigrationSource migration : byId.get(duplicate.id())) {
                reporter.report(Check.GRAPH, at(migration, "id", null), ProcessorErrors.graph(problem, names));
            }
        } else if (problem instanceof GraphProblem.UnknownRevision unknown) {
            for (MigrationSource migration : byId.get(unknown.id())) {
                reporter.report(Check.GRAPH, at(migration, "revises", unknown.unknown()),
                        ProcessorErrors.graph(problem, id -> List.of(migration.name())));
            }
        } else if (problem instanceof GraphProblem.BadRevises bad) {
            for (MigrationSource migration : byId.get(bad.id())) {
                reporter.report(Check.GRAPH, at(migration, "revises", null),
                        ProcessorErrors.graph(problem, id -> List.of(migration.name())));
            }
        } else if (problem instanceof GraphProblem.Cycle cycle) {
            for (String id : cycle.path().subList(0, cycle.path().size() - 1)) {
                reporter.report(Check.GRAPH, at(byId.get(id).get(0), "revises", null), ProcessorErrors.graph(problem, names));
            }
        } else {
            for (String id : problem.ids()) {
                reporter.report(Check.GRAPH, at(byId.get(id).get(0), "id", null), ProcessorErrors.graph(problem, names));
            }
        }
    }

    /** The annotation value a graph problem is about: one element of revises, or the member. */
    private static Location at(MigrationSource migration, String member, String element) {
        if (!Annotations.isExplicit(migration.annotation(), member)) {
            return Location.of(migration.type(), migration.annotation());
        }
        AnnotationValue value = Annotations.value(migration.annotation(), member).orElseThrow();
        Optional<AnnotationValue> item = element == null ? Optional.empty() : itemOf(value, element);
        return Location.of(migration.type(), migration.annotation(), item.orElse(value));
    }

    private static Optional<AnnotationValue> itemOf(AnnotationValue value, String element) {
        if (value.getValue() instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof AnnotationValue av && element.equals(av.getValue())) {
                    return Optional.of(av);
                }
            }
        }
        return Optional.empty();
    }
}
