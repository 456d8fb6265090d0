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
import java.util.HashMap;
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
 * The migrations the indexes list, in graph order, each with the operations its class records; a
 * class is loaded and recorded only when its operations are first asked for. The indexes are the resources the processor wrote ({@link dev.retort.migration.IndexFile}) and those
 * registered in code for {@link ServiceLoader}: the class path is never scanned.
 */
public final class Migrations {

    /** In graph order. */
    private final Map<String, IndexedMigration> byId;
    /** The migrations whose class was loaded and recorded, which happens once, when first asked for. */
    private final Map<String, LoadedMigration> recorded = new HashMap<>();
    /** The class hashes of the migrations listed by a processor's index, by id; others have none. */
    private final Map<String, ClassHashes> hashable;
    private final MigrationGraph graph;
    /** Read when first asked for: a start at head never needs it, and it is the model's size (half a megabyte at 300 entities). */
    private final Collection<MigrationIndex> modelSchemaSources;
    private Optional<Schema> modelSchema;
    private final boolean indexed;

    private Migrations(Map<String, IndexedMigration> byId, Map<String, ClassHashes> hashable, MigrationGraph graph,
                       Collection<MigrationIndex> modelSchemaSources, boolean indexed) {
        this.byId = byId;
        this.hashable = hashable;
        this.graph = graph;
        this.modelSchemaSources = modelSchemaSources;
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
        Map<String, IndexedMigration> byId = new LinkedHashMap<>();
        Map<String, IndexedMigration> indexed = all.stream()
                .collect(Collectors.toMap(IndexedMigration::id, m -> m));
        for (String id : graph.order()) {
            byId.put(id, indexed.get(id));
        }
        return new Migrations(byId, hashable(indexes), graph, List.copyOf(indexes), !indexes.isEmpty());
    }

    /**
     * The migrations of the processor's indexes, whose classes their loader creates by name: an index
     * registered in code may create its scripts any way, so its classes are not hashed.
     */
    private static Map<String, ClassHashes> hashable(Collection<MigrationIndex> indexes) {
        Map<ClassLoader, ClassHashes> byLoader = new HashMap<>();
        Map<String, ClassHashes> hashable = new HashMap<>();
        for (MigrationIndex index : indexes) {
            if (index instanceof ResourceIndex resources) {
                ClassHashes hashes = byLoader.computeIfAbsent(resources.loader(), ClassHashes::new);
                index.migrations().forEach(m -> hashable.put(m.id(), hashes));
            }
        }
        return hashable;
    }

    /** A migration as the index lists it, without loading its class. */
    public Optional<IndexedMigration> indexed(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The members of these migrations' class families by id, what their class hashes cover
     * ({@link ClassHashes#membersOf}, bound to a row's checksum by {@link ClassHashes#bound}), read without
     * loading their classes, many at once; empty where a class has none.
     */
    Map<String, Optional<String>> familyMembers(Collection<String> ids) {
        return familyMembers(ids, ClassHashes::membersOf);
    }

    /**
     * The members of the class families to store the hashes of for these migrations, whose classes were
     * just loaded and recorded ({@link ClassHashes#verifiedMembersOf}); empty where a class's code can
     * reach beyond what they cover.
     */
    Map<String, Optional<String>> verifiedFamilyMembers(Collection<String> ids) {
        return familyMembers(ids, ClassHashes::verifiedMembersOf);
    }

    private Map<String, Optional<String>> familyMembers(Collection<String> ids,
            java.util.function.BiFunction<ClassHashes, List<String>, Map<String, Optional<String>>> members) {
        Map<ClassHashes, List<String>> byLoader = new LinkedHashMap<>();
        Map<String, Optional<String>> hashes = new HashMap<>();
        for (String id : ids) {
            ClassHashes loaderHashes = hashable.get(id);
            if (loaderHashes == null) {
                hashes.put(id, Optional.empty());
            } else {
                byLoader.computeIfAbsent(loaderHashes, h -> new ArrayList<>()).add(id);
            }
        }
        byLoader.forEach((loaderHashes, known) -> {
            Map<String, Optional<String>> byClass = members.apply(loaderHashes,
                    known.stream().map(id -> byId.get(id).className()).toList());
            known.forEach(id -> hashes.put(id, byClass.get(byId.get(id).className())));
        });
        return hashes;
    }

    /**
     * The schema the entity model expects, as the processor exported it next to the index; empty when
     * the project has no entities (or was built without them). Read on the first call, which throws
     * where an exported schema cannot be read or two modules expect one table differently.
     */
    public synchronized Optional<Schema> modelSchema() {
        if (modelSchema == null) {
            modelSchema = ExpectedSchemas.of(modelSchemaSources);
        }
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

    /** In graph order: each after those it revises. Loads and records every migration's class. */
    public List<LoadedMigration> inOrder() {
        List<LoadedMigration> all = new ArrayList<>(byId.size());
        byId.keySet().forEach(id -> all.add(recorded(id)));
        return all;
    }

    public List<String> order() {
        return graph.order();
    }

    /** The migration with the operations its class records (the class is loaded the first time). */
    public Optional<LoadedMigration> get(String id) {
        return byId.containsKey(id) ? Optional.of(recorded(id)) : Optional.empty();
    }

    private synchronized LoadedMigration recorded(String id) {
        LoadedMigration done = recorded.get(id);
        if (done == null) {
            done = record(byId.get(id));
            recorded.put(id, done);
        }
        return done;
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
        for (String id : byId.keySet()) {
            if (applied.contains(id)) {
                for (Operation operation : recorded(id).upgrade()) {
                    schema = operation.applyTo(schema);
                }
            }
        }
        return schema;
    }

    /** The SQL schemas besides the default one that a migration creates or the model names. */
    public Set<String> namespaces() {
        Set<String> named = new TreeSet<>();
        modelSchema().ifPresent(model -> named.addAll(model.namespaces()));
        for (LoadedMigration migration : inOrder()) {
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
