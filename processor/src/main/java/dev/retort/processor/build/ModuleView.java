package dev.retort.processor.build;

import dev.retort.annotation.Migration;
import dev.retort.migration.IndexFile;
import dev.retort.processor.util.Annotations;
import dev.retort.processor.util.SourcePaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The whole module as one build sees it, whichever of its files javac compiles now: the classes
 * being compiled, and the model classes and migrations that are not, read from the class files of
 * an earlier build (an IDE or Maven compiling only the changed files, Gradle reprocessing from class
 * files). Retort checks the whole and writes its outputs only from it; where part of the module
 * cannot be seen, {@link #missing()} says what.
 */
public final class ModuleView {

    public static final String MIGRATION = Migration.class.getCanonicalName();
    private static final List<String> MODEL = List.of("jakarta.persistence.Entity", "jakarta.persistence.MappedSuperclass",
            "jakarta.persistence.Embeddable", "jakarta.persistence.Converter");

    private final Elements elements;
    private final List<String> migrationNames;
    private final boolean compilesMigrations;
    private final Set<Element> modelRoots;
    private final List<String> stale;
    private final Optional<String> missing;
    private List<TypeElement> migrations;

    private ModuleView(Elements elements, List<String> migrationNames, boolean compilesMigrations,
                       Set<Element> modelRoots, List<String> stale, Optional<String> missing) {
        this.elements = elements;
        this.migrationNames = migrationNames;
        this.compilesMigrations = compilesMigrations;
        this.modelRoots = modelRoots;
        this.stale = stale;
        this.missing = missing;
    }

    /**
     * Every migration of the module, compiled now or read from its class file, sorted by name. The
     * ones the record names are completed from their class files only when asked for here.
     */
    public List<TypeElement> migrations() {
        if (migrations == null) {
            List<TypeElement> found = new ArrayList<>();
            for (String name : migrationNames) {
                TypeElement type = elements.getTypeElement(name.replace('$', '.'));
                if (type != null && Annotations.find(type, MIGRATION).isPresent()) {
                    found.add(type);
                }
            }
            migrations = List.copyOf(found);
        }
        return migrations;
    }

    /**
     * The binary names of the migrations, sorted as {@link #migrations()}, without completing their
     * classes: those the record names as migrations are taken at its word. Where a class file no
     * longer matches the record, {@link #migrations()} may hold fewer.
     */
    public List<String> migrationNames() {
        return migrationNames;
    }

    /** Whether javac compiles any migration now (or reprocesses one from its class file as a root). */
    public boolean compilesMigrations() {
        return compilesMigrations;
    }

    /** The root elements the entity model is read from: the compiled ones and the model classes of class files. */
    public Set<Element> modelRoots() {
        return modelRoots;
    }

    /** Class files of an earlier build whose source is gone (Maven without incremental compilation keeps them). */
    public List<String> stale() {
        return stale;
    }

    /** What this build cannot see of the module; empty when it sees the whole. */
    public Optional<String> missing() {
        return missing;
    }

    /** Whether a type is part of the model: it, or a type nested in it, carries a JPA type annotation. */
    public static boolean isModel(TypeElement type) {
        return MODEL.stream().anyMatch(a -> Annotations.find(type, a).isPresent())
                || ElementFilter.typesIn(type.getEnclosedElements()).stream().anyMatch(ModuleView::isModel);
    }

    /** Builds the view of this round. */
    public static final class Builder {
        private final Elements elements;
        private final Filer filer;
        private final Predicate<Element> inSource;

        /** {@code inSource} tells whether javac compiles an element now, rather than reading its class file. */
        public Builder(Elements elements, Filer filer, Predicate<Element> inSource) {
            this.elements = elements;
            this.filer = filer;
            this.inSource = inSource;
        }

        public ModuleView build(Set<? extends Element> roots, Set<? extends Element> annotatedMigrations,
                                Optional<ModuleRecord> previous, Optional<String> migrationsPackage) {
            Map<String, String> migrations = new HashMap<>();
            for (TypeElement type : ElementFilter.typesIn(annotatedMigrations)) {
                migrations.put(elements.getBinaryName(type).toString(), type.getQualifiedName().toString());
            }
            boolean compilesMigrations = !migrations.isEmpty();
            Set<Element> modelRoots = new LinkedHashSet<>(roots);
            Set<String> seen = new TreeSet<>();
            roots.forEach(root -> names(root, seen));
            boolean fromClassFiles = roots.stream().anyMatch(inSource.negate());
            boolean sourcePath = sourcePathKnown(roots);
            List<String> stale = new ArrayList<>();
            boolean foundOutside = false;
            if (previous.isPresent()) {
                for (ModuleRecord.Entry entry : previous.get().entries()) {
                    if (seen.contains(entry.binaryName())) {
                        continue;
                    }
                    if (entry.kind() == ModuleRecord.Kind.MIGRATION && !entry.binaryName().contains("$")
                            && (!sourcePath || sourceExists(entry.sourcePath()))) {
                        // Taken at the record's word until asked for: completing thousands of
                        // migrations from their class files is most of what a rebuild would cost.
                        migrations.put(entry.binaryName(), entry.binaryName());
                        continue;
                    }
                    TypeElement type = elements.getTypeElement(entry.binaryName().replace('$', '.'));
                    if (type == null) {
                        continue;
                    }
                    if (sourcePath && !sourceExists(entry.sourcePath())) {
                        stale.add(entry.binaryName());
                        continue;
                    }
                    if (entry.kind() == ModuleRecord.Kind.MIGRATION && Annotations.find(type, MIGRATION).isPresent()) {
                        migrations.put(entry.binaryName(), type.getQualifiedName().toString());
                    } else if (entry.kind() == ModuleRecord.Kind.MODEL) {
                        modelRoots.add(type);
                    }
                }
            }
            Set<String> packages = new TreeSet<>();
            migrations.keySet().forEach(name -> packages.add(name.lastIndexOf('.') < 0 ? ""
                    : name.substring(0, name.lastIndexOf('.'))));
            if (packages.isEmpty()) {
                migrationsPackage.ifPresent(packages::add);
                indexPackage().ifPresent(packages::add);
            }
            for (String name : packages) {
                PackageElement found = elements.getPackageElement(name);
                if (found == null) {
                    continue;
                }
                for (TypeElement type : ElementFilter.typesIn(found.getEnclosedElements())) {
                    String binaryName = elements.getBinaryName(type).toString();
                    if (migrations.containsKey(binaryName) || stale.contains(binaryName)
                            || Annotations.find(type, MIGRATION).isEmpty()) {
                        continue;
                    }
                    if (sourcePath && !inSource.test(type) && !sourceExists(sourcePathOf(type))) {
                        stale.add(binaryName);
                        continue;
                    }
                    migrations.put(binaryName, type.getQualifiedName().toString());
                    foundOutside |= !inSource.test(type);
                    compilesMigrations |= inSource.test(type);
                }
            }
            List<String> sorted = new ArrayList<>(migrations.keySet());
            sorted.sort(Comparator.comparing(migrations::get));
            Optional<String> missing = Optional.empty();
            if (previous.isEmpty() && !fromClassFiles && (foundOutside || earlierOutputs())) {
                missing = Optional.of("no earlier build of this Retort recorded the module's classes ("
                        + ModuleRecord.RESOURCE + "), so the entities among the files not compiled now are unknown");
            }
            stale.sort(null);
            return new ModuleView(elements, List.copyOf(sorted), compilesMigrations, modelRoots, List.copyOf(stale),
                    missing);
        }

        private void names(Element element, Set<String> into) {
            if (element instanceof TypeElement type) {
                into.add(elements.getBinaryName(type).toString());
                ElementFilter.typesIn(type.getEnclosedElements()).forEach(nested -> names(nested, into));
            }
        }

        /** Whether javac was given a source path (Maven gives one), so that a deleted source can be told apart. */
        private boolean sourcePathKnown(Set<? extends Element> roots) {
            for (Element root : roots) {
                if (root instanceof TypeElement type && inSource.test(type)) {
                    return sourceExists(sourcePathOf(type));
                }
            }
            return false;
        }

        private String sourcePathOf(TypeElement type) {
            return SourcePaths.conventional(elements, type);
        }

        private boolean sourceExists(String path) {
            int slash = path.lastIndexOf('/');
            String packageName = slash < 0 ? "" : path.substring(0, slash).replace('/', '.');
            try {
                FileObject file = filer.getResource(StandardLocation.SOURCE_PATH, packageName, path.substring(slash + 1));
                try (InputStream in = file.openInputStream()) {
                    return in != null;
                }
            } catch (IOException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                return false;
            }
        }

        /**
         * What the last whole build of this module recorded: in the class output, or on the class path
         * (an IDE compiling to another folder than the earlier build's) when it names a class being
         * compiled, since a dependency built with Retort has a record of its own there.
         */
        public Optional<ModuleRecord> previousRecord(Set<? extends Element> roots) {
            Optional<ModuleRecord> own = read(StandardLocation.CLASS_OUTPUT, ModuleRecord.RESOURCE).flatMap(Builder::parse);
            if (own.isPresent()) {
                return own;
            }
            Set<String> compiled = new TreeSet<>();
            roots.forEach(root -> names(root, compiled));
            return read(StandardLocation.CLASS_PATH, ModuleRecord.RESOURCE).flatMap(Builder::parse)
                    .filter(record -> record.entries().stream().anyMatch(e -> compiled.contains(e.binaryName())));
        }

        private static Optional<ModuleRecord> parse(String text) {
            try {
                return ModuleRecord.read(new java.io.StringReader(text));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        /** Whether an earlier build of Retort left its outputs in the class output (before it recorded the module). */
        private boolean earlierOutputs() {
            return read(StandardLocation.CLASS_OUTPUT, IndexFile.SCHEMA).isPresent()
                    || read(StandardLocation.CLASS_OUTPUT, IndexFile.RESOURCE).isPresent();
        }

        private Optional<String> indexPackage() {
            return read(StandardLocation.CLASS_OUTPUT, IndexFile.RESOURCE)
                    .flatMap(text -> text.lines().filter(l -> l.startsWith("package "))
                    .map(l -> l.substring("package ".length())).findFirst());
        }

        private Optional<String> read(StandardLocation location, String name) {
            try {
                FileObject file = filer.getResource(location, "", name);
                try (InputStream in = file.openInputStream()) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                return Optional.empty();
            }
        }
    }
}
