package dev.retort.processor.migration;

import dev.retort.migration.IndexFile;
import dev.retort.processor.util.Annotations;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the migrations that are not among this compilation's sources: the other {@code @Migration}
 * classes of the packages that hold migrations, as javac sees them on the class path. The packages
 * are those of the migrations being compiled; when there are none, the {@code retort.migrationsPackage}
 * option's, and the package of the index an earlier build registered.
 */
public final class OutsideMigrationFinder {

    
    private final Elements elements;
    private final Filer filer;

    public OutsideMigrationFinder(Elements elements, Filer filer) {
        this.elements = elements;
        this.filer = filer;
    }

    /** The migrations not among {@code compiled}, sorted by name so that messages are the same on every machine. */
    public List<OutsideMigration> find(List<TypeElement> compiled, Optional<String> migrationsPackage) {
        Set<String> packages = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (TypeElement type : compiled) {
            packages.add(elements.getPackageOf(type).getQualifiedName().toString());
            names.add(type.getQualifiedName().toString());
        }
        if (packages.isEmpty()) {
            migrationsPackage.ifPresent(packages::add);
            registeredIndexPackage().ifPresent(packages::add);
        }
        List<OutsideMigration> outside = new ArrayList<>();
        for (String name : packages) {
            PackageElement found = elements.getPackageElement(name);
            if (found == null) {
                continue;
            }
            for (Element member : found.getEnclosedElements()) {
                if (member instanceof TypeElement type && !names.contains(type.getQualifiedName().toString())) {
                    Annotations.find(type, MigrationReader.MIGRATION).flatMap(a -> read(type, a)).ifPresent(outside::add);
                }
            }
        }
        outside.sort(java.util.Comparator.comparing(OutsideMigration::name));
        return outside;
    }

    private static Optional<OutsideMigration> read(TypeElement type, AnnotationMirror annotation) {
        return Annotations.string(annotation, "id").filter(id -> !id.isBlank())
                .map(id -> new OutsideMigration(id, Annotations.strings(annotation, "revises"),
                        type.getSimpleName().toString()));
    }

    /** The package of the migration index an earlier build registered, from the class output or class path. */
    private Optional<String> registeredIndexPackage() {
        for (StandardLocation location : List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH)) {
            try {
                FileObject services = filer.getResource(location, "", IndexFile.RESOURCE);
                StringBuilder text = new StringBuilder();
                try (Reader in = services.openReader(true)) {
                    char[] buffer = new char[512];
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        text.append(buffer, 0, n);
                    }
                }
                Optional<String> packageName = text.toString().lines().filter(l -> l.startsWith("package "))
                        .map(l -> l.substring("package ".length())).findFirst();
                if (packageName.isPresent()) {
                    return packageName;
                }
            } catch (IOException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                // No index from an earlier build there: look in the next place.
            }
        }
        return Optional.empty();
    }
}
