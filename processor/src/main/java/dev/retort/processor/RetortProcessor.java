package dev.retort.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import dev.retort.processor.check.DriftCheck;
import dev.retort.processor.check.MigrationChecks;
import dev.retort.processor.graph.MigrationOrder;
import dev.retort.processor.drift.Drift;
import dev.retort.processor.build.ModuleRecord;
import dev.retort.processor.build.ModuleView;
import dev.retort.processor.classfile.ClassFiles;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Positions;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.generate.Outputs;
import dev.retort.processor.generate.SkeletonPlan;
import dev.retort.processor.generate.SkeletonPlanner;
import dev.retort.processor.migration.BodyReader;
import dev.retort.processor.migration.MigrationReader;
import dev.retort.processor.migration.MigrationSource;
import dev.retort.processor.migration.ClassFileBodyReader;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.EntityModelReader;
import dev.retort.processor.replay.Replay;
import dev.retort.processor.replay.ReplayedMigration;
import dev.retort.processor.replay.Replayer;
import dev.retort.migration.IndexFile;
import dev.retort.operation.Operation;
import dev.retort.schema.json.SchemaJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
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

        Analysis(Reporter reporter, RoundEnvironment round) {
            this.reporter = reporter;
            this.round = round;
            this.outputs = new Outputs(processingEnv.getFiler(), processingEnv.getElementUtils(),
                    options.skeletonDirectory());
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
            List<MigrationSource> migrations = readMigrations(view.migrations());
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
            EntityModel model = readModel(view.modelRoots());
            for (String stale : view.stale()) {
                reporter.report(Check.PARTIAL_BUILD, Location.of(null), ProcessorErrors.staleClassFile(stale));
            }
            Optional<String> missing = view.missing().or(() -> unreadFromClassFiles(migrations));
            if (missing.isPresent()) {
                reporter.report(Check.PARTIAL_BUILD, Location.of(null), ProcessorErrors.partialBuild(missing.get()));
                return;
            }
            if (model != null && model.foundEntities()) {
                exportSchema(model);
            }
            boolean wholeGraph = !ordered.isEmpty() && ordered.size() == migrations.size();
            if (wholeGraph) {
                index(ordered);
            }
            record(view);
            if (replay == null || !replay.complete() || ordered.size() < migrations.size()) {
                return;
            }
            if (model == null) {
                return;
            }
            if (!model.foundEntities()) {
                if (!migrations.isEmpty()) {
                    reporter.note(null, ProcessorErrors.noEntities());
                }
                return;
            }
            MigrationSource head = ordered.isEmpty() ? null : ordered.get(ordered.size() - 1);
            guarded(head == null ? null : head.type(), () -> {
                drift(replay, model, head);
                return head;
            });
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

        private void drift(Replay replay, EntityModel model, MigrationSource head) {
            List<Operation> closing = Drift.closing(replay.head(), model);
            if (closing.isEmpty() || !reporter.enabled(Check.DRIFT)) {
                return;
            }
            String packageName = head != null ? packageOf(head.type())
                    : options.migrationsPackage().orElseGet(() -> model.tableOrigins().values().stream()
                            .map(e -> packageOf(e) + ".migrations").sorted().findFirst().orElse("migrations"));
            SkeletonPlan plan = SkeletonPlanner.plan(replay.head(), closing, head == null ? null : head.id(),
                    packageName);
            String hint;
            try {
                hint = outputs.writeSkeleton(plan).map(path -> ProcessorErrors.driftSkeletonHint(path.toString()))
                        .orElse(ProcessorErrors.noSkeletonFolder());
            } catch (IOException e) {
                hint = ProcessorErrors.skeletonNotWritten(e);
            }
            new DriftCheck(reporter).report(closing, replay, model, head, hint);
        }

        private void exportSchema(EntityModel model) {
            try {
                outputs.writeResource(Outputs.SCHEMA_RESOURCE, SchemaJson.write(model.schema()));
            } catch (IOException e) {
                reporter.report(Check.INTERNAL, Location.of(model.tableOrigins().values().iterator().next()),
                        ProcessorErrors.cannotWrite(Outputs.SCHEMA_RESOURCE, e));
            }
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

        private void index(List<MigrationSource> ordered) {
            try {
                outputs.writeIndex(ordered);
            } catch (IOException e) {
                reporter.report(Check.INTERNAL, Location.of(ordered.get(0).type()),
                        ProcessorErrors.cannotWrite(IndexFile.RESOURCE, e));
            }
        }

        private String packageOf(Element element) {
            return processingEnv.getElementUtils().getPackageOf(element).getQualifiedName().toString();
        }

        private List<MigrationSource> readMigrations(List<TypeElement> types) {
            ClassFileBodyReader classFiles = new ClassFileBodyReader(new ClassFiles(processingEnv.getFiler()),
                    processingEnv.getElementUtils());
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
        private void record(ModuleView view) {
            if (trees == null) {
                return;
            }
            List<ModuleRecord.Entry> entries = new ArrayList<>();
            for (TypeElement migration : view.migrations()) {
                entries.addAll(positions.record(migration, ModuleRecord.Kind.MIGRATION));
            }
            Set<TypeElement> model = new java.util.LinkedHashSet<>();
            Set<TypeElement> migrations = new java.util.HashSet<>(view.migrations());
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
                reporter.report(Check.INTERNAL, Location.of(element), ProcessorErrors.internal(element, e));
                return Optional.empty();
            }
        }
    }
}
