package dev.retort.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import dev.retort.processor.check.DriftCheck;
import dev.retort.processor.check.MigrationChecks;
import dev.retort.processor.graph.MigrationOrder;
import dev.retort.processor.drift.Drift;
import dev.retort.processor.build.ModuleRecord;
import dev.retort.processor.build.ModuleView;
import dev.retort.processor.cache.BuildStamp;
import dev.retort.processor.cache.ReplayCache;
import dev.retort.processor.cache.ReplayResults;
import dev.retort.processor.classfile.ClassFiles;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Positions;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.generate.IndexWriter;
import dev.retort.processor.generate.Outputs;
import dev.retort.processor.generate.SkeletonPlan;
import dev.retort.processor.generate.SkeletonPlanner;
import dev.retort.processor.migration.BodyReader;
import dev.retort.processor.migration.MigrationReader;
import dev.retort.processor.migration.MigrationSource;
import dev.retort.processor.migration.ClassFileBodyReader;
import dev.retort.processor.migration.SourceLine;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.EntityModelReader;
import dev.retort.processor.replay.Replay;
import dev.retort.processor.replay.ReplayedMigration;
import dev.retort.processor.replay.Replayer;
import dev.retort.processor.replay.TypedColumns;
import dev.retort.processor.util.Annotations;
import dev.retort.processor.util.ChangeCheck;
import dev.retort.processor.util.Sha256;
import dev.retort.migration.IndexFile;
import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import dev.retort.schema.json.SchemaJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Retort's annotation processor: reads the entity model and the migrations, replays the migrations,
 * and reports every check's findings as javac diagnostics. It runs once, in the first round that has
 * migrations or entities, and never lets an exception reach javac.
 */
@AutoService(Processor.class)
public final class RetortProcessor extends AbstractProcessor {

    private static final String ENTITY = "jakarta.persistence.Entity";

    private Options options;
    private Trees trees;
    private String treeApiProblem;
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(MigrationReader.MIGRATION, ENTITY, "jakarta.persistence.MappedSuperclass",
                "jakarta.persistence.Embeddable", "jakarta.persistence.Converter");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Options.supported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        options = Options.parse(environment.getOptions());
        trees = TreesProvider.find(environment);
        if (trees == null) {
            treeApiProblem = environment.getClass().getName();
        }
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (done || round.processingOver() || annotations.isEmpty()) {
            return false;
        }
        done = true;
        Reporter reporter = new Reporter(processingEnv.getMessager(), trees, options.severities());
        options.problems().forEach(p -> processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                "[retort] " + p));
        if (trees == null) {
            reporter.report(Check.TREE_API, Location.of(null), ProcessorErrors.treeApiUnavailable(treeApiProblem));
        }
        try {
            new Analysis(reporter, round).run();
        } catch (RuntimeException | LinkageError e) {
            Element first = round.getRootElements().stream().findFirst().orElse(null);
            reporter.report(Check.INTERNAL, Location.of(first), ProcessorErrors.internal(first, e));
        }
        return false;
    }

    /** One run of every check over the module, as this round lets javac see it. */
    private final class Analysis {

        private final Reporter reporter;
        private final RoundEnvironment round;
        private final Outputs outputs;
        private final Positions positions;
        private final ModuleView.Builder views;
        private int failures;

        Analysis(Reporter reporter, RoundEnvironment round) {
            this.reporter = reporter;
            this.round = round;
            this.outputs = new Outputs(processingEnv.getFiler(), options.skeletonDirectory());
            this.views = new ModuleView.Builder(processingEnv.getElementUtils(), processingEnv.getFiler(),
                    element -> trees != null && trees.getPath(element) != null);
            Optional<ModuleRecord> previous = trees == null ? Optional.empty()
                    : views.previousRecord(round.getRootElements());
            this.positions = new Positions(trees, processingEnv.getTypeUtils(), processingEnv.getElementUtils(),
                    previous);
            reporter.use(positions);
        }

        void run() {
            ModuleView view = moduleView();
            ClassFiles classFiles = new ClassFiles(processingEnv.getFiler());
            Optional<ReplayCache> cache = cacheFor(view, classFiles);
            String positionsDigest = cache.isEmpty() ? "" : positionsDigest(view.migrationNames());
            Optional<ReplayResults> kept = cache.flatMap(c -> c.lookup(view.migrationNames(), positionsDigest));
            MigrationsRead read = kept.map(this::repeated)
                    .orElseGet(() -> replayed(view, classFiles, cache.isPresent(), positionsDigest));
            Optional<String> quietModel = checkModel(view, read, kept);
            if (cache.isPresent() && read.toKeep() != null) {
                keep(cache.get(), read.toKeep(), quietModel.orElse(""));
            }
        }

        /**
         * Everything after the migrations: the model, the outputs, the record and the drift.
         *
         * @return the digest of the model's schema when it was checked and has no drift
         */
        private Optional<String> checkModel(ModuleView view, MigrationsRead read, Optional<ReplayResults> kept) {
            EntityModel model = readModel(view.modelRoots());
            for (String stale : view.stale()) {
                reporter.report(Check.PARTIAL_BUILD, Location.of(null), ProcessorErrors.staleClassFile(stale));
            }
            Optional<String> missing = view.missing().or(read::unread);
            if (missing.isPresent()) {
                reporter.report(Check.PARTIAL_BUILD, Location.of(null), ProcessorErrors.partialBuild(missing.get()));
                return Optional.empty();
            }
            String schema = model != null && model.foundEntities() ? exportSchema(model) : null;
            read.index().ifPresent(index -> index(index, kept.isPresent() ? List.of() : view.migrations()));
            record(view, kept.isPresent());
            if (read.head().isEmpty() || model == null) {
                return Optional.empty();
            }
            if (!model.foundEntities()) {
                if (read.any()) {
                    reporter.note(null, ProcessorErrors.noEntities());
                }
                return Optional.empty();
            }
            String modelDigest = schema == null ? null : Sha256.of(schema);
            if (modelDigest != null && kept.filter(k -> k.quietModel().equals(modelDigest)).isPresent()) {
                return Optional.of(modelDigest);
            }
            ReplayedHead head = read.head().get().get();
            boolean quiet = guarded(head.last(), () -> drift(head, model)).orElse(false);
            return quiet && modelDigest != null ? Optional.of(modelDigest) : Optional.empty();
        }

        /**
         * What the checks after the migrations need of them.
         *
         * @param any whether any migration could be read
         * @param unread what could not be read of the migrations from class files, if anything
         * @param index the index to write: present when the migrations form one whole graph
         * @param head the schema they give: present when they all replayed and fit
         * @param toKeep what to keep of them for the next build, once the model is checked; null when
         *     they are not to be kept
         */
        private record MigrationsRead(boolean any, Optional<String> unread, Optional<String> index,
                                      Optional<Supplier<ReplayedHead>> head, ReplayResults toKeep) {}

        /**
         * The schema after the last migration, and where to report on it.
         *
         * @param last the last migration in graph order; null when there is none
         * @param atLast its {@code @Migration}, where drift with no place in the model goes
         */
        private record ReplayedHead(Schema schema, TypeElement last, Location atLast, String lastId,
                                    TypedColumns typed) {}

        /** Reads, orders, replays and checks every migration; keeps the results when a later build can use them. */
        private MigrationsRead replayed(ModuleView view, ClassFiles classFiles, boolean cached,
                                        String positionsDigest) {
            Reporter.Recording recording = cached ? reporter.record() : null;
            int failuresBefore = failures;
            List<MigrationSource> migrations = readMigrations(view.migrations(), classFiles);
            List<MigrationSource> ordered = new MigrationOrder(reporter).order(migrations);
            Replay replay = guarded(null, () -> new Replayer(reporter).replay(ordered)).orElse(null);
            Map<MigrationSource, Integer> replayedAt = new IdentityHashMap<>();
            List<ReplayedMigration> replayedInOrder = replay == null ? List.of() : replay.migrations();
            for (int i = 0; i < replayedInOrder.size(); i++) {
                replayedAt.put(replayedInOrder.get(i).source(), i);
            }
            for (MigrationSource migration : migrations) {
                Integer at = replayedAt.get(migration);
                ReplayedMigration replayed = at == null ? null : replayedInOrder.get(at);
                List<ReplayedMigration> earlier = at == null ? List.of() : replayedInOrder.subList(0, at);
                List<ReplayedMigration> later = at == null ? List.of()
                        : replayedInOrder.subList(at + 1, replayedInOrder.size());
                guarded(migration.type(), () -> {
                    MigrationChecks.run(migration, replayed, earlier, later, replay == null ? null : replay.head(),
                            options, reporter);
                    return migration;
                });
            }
            Optional<String> unread = unreadFromClassFiles(migrations);
            boolean wholeGraph = !ordered.isEmpty() && ordered.size() == migrations.size();
            Optional<String> index = wholeGraph
                    ? guarded(ordered.get(0).type(), () -> IndexWriter.write(ordered, processingEnv.getElementUtils()))
                    : Optional.empty();
            Optional<Supplier<ReplayedHead>> head = Optional.empty();
            if (replay != null && replay.complete() && ordered.size() >= migrations.size()) {
                MigrationSource last = ordered.isEmpty() ? null : ordered.get(ordered.size() - 1);
                ReplayedHead replayedHead = new ReplayedHead(replay.head(), last == null ? null : last.type(),
                        last == null ? null : Location.of(last.type(), last.annotation()),
                        last == null ? null : last.id(), TypedColumns.of(replay));
                head = Optional.of(() -> replayedHead);
            }
            ReplayResults toKeep = null;
            if (recording != null) {
                recording.stop();
                boolean whole = unread.isEmpty() && view.missing().isEmpty() && index.isPresent() && head.isPresent();
                if (whole && recording.repeatable() && failures == failuresBefore) {
                    toKeep = toKeep(classFiles, view.migrations(), positionsDigest, recording, index.get(), replay,
                            ordered.get(ordered.size() - 1));
                }
            }
            return new MigrationsRead(!migrations.isEmpty(), unread, index, head, toKeep);
        }

        /** The results a build that compiled none of these migrations kept, printed and used as its own. */
        private MigrationsRead repeated(ReplayResults results) {
            reporter.repeat(results.printed());
            Supplier<ReplayedHead> head = () -> {
                TypeElement last = migration(results.lastMigration());
                Map<TypedColumns.Column, ReplayResults.TypedColumn> typed = new HashMap<>();
                results.typed().forEach(t -> typed.put(new TypedColumns.Column(t.table(), t.column()), t));
                TypedColumns sites = TypedColumns.of((table, column) -> Optional.ofNullable(
                        typed.get(new TypedColumns.Column(table, column))).map(t -> Location.atLine(
                        upgradeOf(migration(t.migration())), t.file(), t.line())));
                Location atLast = Location.of(last, Annotations.find(last, MigrationReader.MIGRATION).orElse(null));
                return new ReplayedHead(SchemaJson.read(results.headSchema()), last, atLast, results.lastId(), sites);
            };
            return new MigrationsRead(true, Optional.empty(), Optional.of(results.index()), Optional.of(head), null);
        }

        private TypeElement migration(String binaryName) {
            return processingEnv.getElementUtils().getTypeElement(binaryName.replace('$', '.'));
        }

        private Element upgradeOf(TypeElement migration) {
            return ElementFilter.methodsIn(migration.getEnclosedElements()).stream()
                    .filter(m -> m.getSimpleName().contentEquals("upgrade") && m.getParameters().size() == 1)
                    .findFirst().map(Element.class::cast).orElse(migration);
        }

        /** What to keep of a replay of migrations read from class files, with its findings. */
        private ReplayResults toKeep(ClassFiles classFiles, List<TypeElement> migrations, String positionsDigest,
                                     Reporter.Recording recording, String index, Replay replay, MigrationSource last) {
            String schema = SchemaJson.write(replay.head());
            if (!SchemaJson.read(schema).equals(replay.head())) {
                return null;
            }
            List<String> names = migrations.stream()
                    .map(m -> processingEnv.getElementUtils().getBinaryName(m).toString()).toList();
            names.forEach(classFiles::digestOf);
            List<ReplayResults.TypedColumn> typed = new ArrayList<>();
            for (Map.Entry<TypedColumns.Column, TypedColumns.Site> site : TypedColumns.sitesOf(replay).entrySet()) {
                SourceLine line = site.getValue().call().line();
                if (line == null) {
                    return null;
                }
                typed.add(new ReplayResults.TypedColumn(site.getKey().table(), site.getKey().column(),
                        processingEnv.getElementUtils().getBinaryName(site.getValue().migration().source().type())
                                .toString(), line.file(), line.line()));
            }
            String lastName = processingEnv.getElementUtils().getBinaryName(last.type()).toString();
            return new ReplayResults("", positionsDigest, names, classFiles.digests(), recording.printed(), index,
                    schema, lastName, last.id(), typed, "");
        }

        private void keep(ReplayCache cache, ReplayResults results, String quietModel) {
            try {
                cache.store(results.stamped(cache.stamp(), quietModel));
            } catch (IOException | RuntimeException e) {
                // Keeping the results only saves the next build time; it does the work when they are not there.
            }
        }

        /**
         * The cache of replay results, for a build that compiles none of the migrations and knows the
         * module record (a build of only some files); empty for every other build.
         */
        private Optional<ReplayCache> cacheFor(ModuleView view, ClassFiles classFiles) {
            if (trees == null || positions.previous().isEmpty() || view.migrationNames().isEmpty()
                    || view.compilesMigrations()) {
                return Optional.empty();
            }
            return Optional.of(new ReplayCache(processingEnv.getFiler(), classFiles,
                    BuildStamp.of(processingEnv.getOptions())));
        }

        /** A digest of what the module record says of these classes, whose diagnostics name its lines. */
        private String positionsDigest(List<String> migrations) {
            String text = positions.previous().orElseThrow().only(new HashSet<>(migrations)).write();
            return ChangeCheck.of(text);
        }

        private ModuleView moduleView() {
            TypeElement annotation = processingEnv.getElementUtils().getTypeElement(MigrationReader.MIGRATION);
            Set<? extends Element> annotated = annotation == null ? Set.of() : round.getElementsAnnotatedWith(annotation);
            return views.build(round.getRootElements(), annotated, positions.previous(), options.migrationsPackage());
        }

        /** The migrations read from class files whose bodies could not be read (each already reported). */
        private Optional<String> unreadFromClassFiles(List<MigrationSource> migrations) {
            List<String> unread = migrations.stream().filter(m -> trees != null && !positions.inSource(m.type()))
                    .filter(m -> !m.upgrade().complete() || !m.downgrade().complete())
                    .map(MigrationSource::name).toList();
            return unread.isEmpty() ? Optional.empty() : Optional.of(ProcessorErrors.unreadMigrations(unread));
        }

        /** Reports the drift; true when there is none. */
        private boolean drift(ReplayedHead head, EntityModel model) {
            List<Operation> closing = Drift.closing(head.schema(), model);
            if (closing.isEmpty() || !reporter.enabled(Check.DRIFT)) {
                return closing.isEmpty();
            }
            String packageName = head.last() != null ? packageOf(head.last())
                    : options.migrationsPackage().orElseGet(() -> model.tableOrigins().values().stream()
                            .map(e -> packageOf(e) + ".migrations").sorted().findFirst().orElse("migrations"));
            SkeletonPlan plan = SkeletonPlanner.plan(head.schema(), closing, head.lastId(), packageName);
            String hint;
            try {
                hint = outputs.writeSkeleton(plan).map(path -> ProcessorErrors.driftSkeletonHint(path.toString()))
                        .orElse(ProcessorErrors.noSkeletonFolder());
            } catch (IOException e) {
                hint = ProcessorErrors.skeletonNotWritten(e);
            }
            new DriftCheck(reporter).report(closing, head.schema(), head.typed(), model, head.atLast(), hint);
            return false;
        }

        /** Writes the model's schema; returns its text. */
        private String exportSchema(EntityModel model) {
            String schema = SchemaJson.write(model.schema());
            try {
                outputs.writeResource(Outputs.SCHEMA_RESOURCE, schema);
            } catch (IOException e) {
                reporter.report(Check.INTERNAL, Location.of(model.tableOrigins().values().iterator().next()),
                        ProcessorErrors.cannotWrite(Outputs.SCHEMA_RESOURCE, e));
            }
            return schema;
        }

        private EntityModel readModel(Set<Element> roots) {
            try {
                return new EntityModelReader(processingEnv, options.naming(), options.defaultSchema(), options.hibernate(),
                        reporter).read(roots, options.entityPackages());
            } catch (RuntimeException | LinkageError e) {
                reporter.report(Check.INTERNAL, Location.of(null), ProcessorErrors.internalInModel(e));
                return null;
            }
        }

        private void index(String index, List<TypeElement> migrations) {
            try {
                outputs.writeResource(IndexFile.RESOURCE, index, migrations.toArray(Element[]::new));
            } catch (IOException e) {
                reporter.report(Check.INTERNAL, Location.of(migrations.isEmpty() ? null : migrations.get(0)),
                        ProcessorErrors.cannotWrite(IndexFile.RESOURCE, e));
            }
        }

        private String packageOf(Element element) {
            return processingEnv.getElementUtils().getPackageOf(element).getQualifiedName().toString();
        }

        private List<MigrationSource> readMigrations(List<TypeElement> types, ClassFiles files) {
            ClassFileBodyReader classFiles = new ClassFileBodyReader(files, processingEnv.getElementUtils());
            BodyReader bodies = trees == null ? null
                    : new BodyReader(trees, processingEnv.getElementUtils(), reporter, classFiles);
            MigrationReader reader = new MigrationReader(processingEnv.getTypeUtils(), processingEnv.getElementUtils(),
                    reporter, bodies);
            List<MigrationSource> migrations = new ArrayList<>();
            for (TypeElement type : types) {
                guarded(type, () -> reader.read(type)).flatMap(m -> m).ifPresent(migrations::add);
            }
            return migrations;
        }

        /** What this whole view saw of the module, for the next build that compiles only some of its files. */
        private void record(ModuleView view, boolean migrationsAsRecorded) {
            if (trees == null) {
                return;
            }
            List<ModuleRecord.Entry> entries = new ArrayList<>();
            Set<TypeElement> migrations = new HashSet<>();
            if (migrationsAsRecorded) {
                // None is compiled now and their class files are the recorded ones: their entries stand.
                entries.addAll(positions.previous().orElseThrow().only(new HashSet<>(view.migrationNames())).entries());
            } else {
                for (TypeElement migration : view.migrations()) {
                    entries.addAll(positions.record(migration, ModuleRecord.Kind.MIGRATION));
                }
                migrations.addAll(view.migrations());
            }
            Set<TypeElement> model = new java.util.LinkedHashSet<>();
            for (Element root : view.modelRoots()) {
                if (root instanceof TypeElement type && ModuleView.isModel(type) && !migrations.contains(type)) {
                    model.add(type);
                }
            }
            model.forEach(type -> entries.addAll(positions.record(type, ModuleRecord.Kind.MODEL)));
            try {
                outputs.writeResource(ModuleRecord.RESOURCE, new ModuleRecord(entries).write());
            } catch (IOException e) {
                reporter.report(Check.INTERNAL, Location.of(null), ProcessorErrors.cannotWrite(ModuleRecord.RESOURCE, e));
            }
        }

        /** Runs one unit of work; an unexpected failure becomes one error on the element at hand. */
        private <T> Optional<T> guarded(Element element, java.util.function.Supplier<T> work) {
            try {
                return Optional.ofNullable(work.get());
            } catch (RuntimeException | LinkageError e) {
                failures++;
                reporter.report(Check.INTERNAL, Location.of(element), ProcessorErrors.internal(element, e));
                return Optional.empty();
            }
        }
    }
}
