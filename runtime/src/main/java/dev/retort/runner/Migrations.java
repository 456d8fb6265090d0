package dev.retort.runner;

import dev.retort.graph.MigrationGraph;
import dev.retort.graph.MigrationNames;
import dev.retort.graph.Revision;
import dev.retort.migration.Checksums;
import dev.retort.migration.IndexFile;
import dev.retort.migration.IndexedMigration;
import dev.retort.migration.MigrationIndex;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.RecordingOps;
import dev.retort.operation.CreateSchema;
import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The migrations the indexes list, in graph order, each with the operations its class records. The
 * indexes are the resources the processor wrote ({@link dev.retort.migration.IndexFile}) and those
 * registered in code for {@link ServiceLoader}: the class path is never scanned.
 */
public final class Migrations {

    private final Map<String, LoadedMigration> byId;
    private final MigrationGraph graph;
    private final Optional<Schema> modelSchema;
    private final boolean indexed;

    private Migrations(Map<String, LoadedMigration> byId, MigrationGraph graph, Optional<Schema> modelSchema,
                       boolean indexed) {
        this.byId = byId;
        this.graph = graph;
        this.modelSchema = modelSchema;
        this.indexed = indexed;
    }

    static final String NO_INDEX = "no migration index (" + IndexFile.RESOURCE + ") is on the class path: Retort's"
            + " processor did not run on the module that holds the migrations. Add retort-processor to the"
            + " annotationProcessorPaths of maven-compiler-plugin 3.5 or newer (Maven 3.8's default 3.1 ignores"
            + " them) and rebuild; see the README";

    /** The indexes this class loader finds, those whose package passes the filter. */
    public static Migrations load(ClassLoader loader, Predicate<MigrationIndex> filter) {
        List<MigrationIndex> indexes = new ArrayList<>();
        List<MigrationIndex> found = new ArrayList<>(ResourceIndex.findAll(loader));
        ServiceLoader.load(MigrationIndex.class, loader).forEach(found::add);
        for (MigrationIndex index : found) {
            if (filter.test(index)) {
                indexes.add(index);
            }
        }
        return of(indexes);
    }

    public static Migrations of(Collection<MigrationIndex> indexes) {
        List<IndexedMigration> all = new ArrayList<>();
        indexes.forEach(index -> all.addAll(index.migrations()));
        MigrationGraph graph = MigrationGraph.of(all.stream().map(m -> new Revision(m.id(), m.revises())).toList());
        if (!graph.problems().isEmpty()) {
            MigrationNames names = namesOf(all);
            String packages = indexes.size() < 2 ? "" : " (the class path holds the migration indexes of "
                    + indexes.stream().map(MigrationIndex::packageName).sorted().distinct()
                            .collect(Collectors.joining(", "))
                    + ": choose one with migrationsPackage or --package)";
            throw new RetortException("the migrations do not form one line of history: " + graph.problems().stream()
                    .map(problem -> problem.describe(names)).collect(Collectors.joining("; ")) + packages);
        }
        Map<String, LoadedMigration> byId = new LinkedHashMap<>();
        Map<String, IndexedMigration> indexed = all.stream()
                .collect(Collectors.toMap(IndexedMigration::id, m -> m));
        for (String id : graph.order()) {
            byId.put(id, record(indexed.get(id)));
        }
        return new Migrations(byId, graph, ExpectedSchemas.of(indexes), !indexes.isEmpty());
    }

    /**
     * The schema the entity model expects, as the processor exported it next to the index; empty when
     * the project has no entities (or was built without them).
     */
    public Optional<Schema> modelSchema() {
        return modelSchema;
    }

    private static LoadedMigration record(IndexedMigration migration) {
        MigrationScript script = migration.factory().get();
        RecordingOps up = new RecordingOps();
        script.upgrade(up);
        RecordingOps down = new RecordingOps();
        try {
            script.downgrade(down);
        } catch (UnsupportedOperationException noDowngrade) {
            // A merge of several heads whose upgrade does nothing needs no downgrade: nothing to undo.
            if (!up.operations().isEmpty() || migration.revises().size() < 2) {
                throw noDowngrade;
            }
        }
        String checksum = Checksums.of(up.operations(), down.operations());
        if (!migration.checksum().isEmpty() && !checksum.equals(migration.checksum())) {
            throw new RetortException("migration " + migration.id() + " (" + migration.className()
                    + ") records operations whose checksum " + checksum + " differs from the index's "
                    + migration.checksum() + ": the index is out of date, rebuild the project");
        }
        return new LoadedMigration(migration, up.operations(), down.operations(), checksum);
    }

    /** Each id's migrations by the class the index names. */
    private static MigrationNames namesOf(List<IndexedMigration> all) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (IndexedMigration migration : all) {
            names.computeIfAbsent(migration.id(), id -> new ArrayList<>()).add(migration.className());
        }
        return id -> names.getOrDefault(id, List.of(id));
    }

    /** In graph order: each after those it revises. */
    public List<LoadedMigration> inOrder() {
        return List.copyOf(byId.values());
    }

    public List<String> order() {
        return graph.order();
    }

    public Optional<LoadedMigration> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<String> heads() {
        return graph.heads();
    }

    /** The id, or the one id it is a unique prefix of; "head" is the head. */
    public String resolve(String idOrPrefix) {
        if (idOrPrefix.equals("head")) {
            if (heads().isEmpty()) {
                throw new RetortException(indexed ? "there are no migrations" : NO_INDEX);
            }
            return heads().get(0);
        }
        if (byId.containsKey(idOrPrefix)) {
            return idOrPrefix;
        }
        List<String> matches = byId.keySet().stream().filter(id -> id.startsWith(idOrPrefix)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new RetortException(matches.isEmpty() ? "no migration has the id " + idOrPrefix
                : idOrPrefix + " is the start of several ids: " + matches);
    }

    /** The migration and all it depends on. */
    public Set<String> ancestorsOf(String id) {
        return Set.copyOf(graph.ancestorsOf(id));
    }

    /** The schema the upgrades of these migrations give, replayed in graph order. */
    public Schema schemaOf(Set<String> applied) {
        Schema schema = Schema.EMPTY;
        for (LoadedMigration migration : byId.values()) {
            if (applied.contains(migration.id())) {
                for (Operation operation : migration.upgrade()) {
                    schema = operation.applyTo(schema);
                }
            }
        }
        return schema;
    }

    /** The SQL schemas besides the default one that a migration creates or the model names. */
    public Set<String> namespaces() {
        Set<String> named = new TreeSet<>();
        modelSchema.ifPresent(model -> named.addAll(model.namespaces()));
        for (LoadedMigration migration : byId.values()) {
            for (Operation operation : migration.upgrade()) {
                if (operation instanceof CreateSchema create) {
                    named.add(create.name());
                }
            }
        }
        return named;
    }

    /** The schema all the migrations give. */
    public Schema headSchema() {
        return schemaOf(byId.keySet());
    }
}
