package dev.retort.processor.build;

import dev.retort.annotation.Migration;
import dev.retort.migration.IndexFile;
import dev.retort.processor.util.Annotations;
import dev.retort.processor.util.SourcePaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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

    private final List<TypeElement> migrations;
    private final Set<Element> modelRoots;
    private final List<String> stale;
    private final Optional<String> missing;

    private ModuleView(List<TypeElement> migrations, Set<Element> modelRoots, List<String> stale,
                       Optional<String> missing) {
        this.migrations = migrations;
        this.modelRoots = modelRoots;
        this.stale = stale;
        this.missing = missing;
    }

    /** Every migration of the module, compiled now or read from its class file, sorted by name. */
    public List<TypeElement> migrations() {
        return migrations;
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
            Set<TypeElement> migrations = new LinkedHashSet<>(ElementFilter.typesIn(annotatedMigrations));
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
                    TypeElement type = elements.getTypeElement(entry.binaryName().replace('$', '.'));
                    if (type == null) {
                        continue;
                    }
                    if (sourcePath && !sourceExists(entry.sourcePath())) {
                        stale.add(entry.binaryName());
                        continue;
                    }
                    if (entry.kind() == ModuleRecord.Kind.MIGRATION && Annotations.find(type, MIGRATION).isPresent()) {
                        migrations.add(type);
                    } else if (entry.kind() == ModuleRecord.Kind.MODEL) {
                        modelRoots.add(type);
                    }
                }
            }
            Set<String> packages = new TreeSet<>();
            migrations.forEach(m -> packages.add(elements.getPackageOf(m).getQualifiedName().toString()));
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
                    if (migrations.contains(type) || Annotations.find(type, MIGRATION).isEmpty()
                            || stale.contains(binaryName)) {
                        continue;
                    }
                    if (sourcePath && !inSource.test(type) && !sourceExists(sourcePathOf(type))) {
                        stale.add(binaryName);
                        continue;
                    }
                    migrations.add(type);
                    foundOutside |= !inSource.test(type);
                }
            }
            List<TypeElement> sorted = new ArrayList<>(migrations);
            sorted.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
            Optional<String> missing = Optional.empty();
            if (previous.isEmpty() && !fromClassFiles && (foundOutside || earlierOutputs())) {
                missing = Optional.of("no earlier build of this Retort recorded the module's classes ("
                        + ModuleRecord.RESOURCE + "), so the entities among the files not compiled now are unknown");
            }
            stale.sort(null);
            return new ModuleView(List.copyOf(sorted), modelRoots, List.copyOf(stale), missing);
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
                try (Reader in = new InputStreamReader(file.openInputStream(), StandardCharsets.UTF_8)) {
                    StringBuilder text = new StringBuilder();
                    char[] buffer = new char[8192];
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        text.append(buffer, 0, n);
                    }
                    return Optional.of(text.toString());
                }
            } catch (IOException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                return Optional.empty();
            }
        }
    }
}
