package dev.retort.tools.revision;

import com.palantir.javapoet.JavaFile;
import dev.retort.processor.generate.SkeletonPlan;
import dev.retort.processor.generate.SkeletonWriter;
import dev.retort.runner.RetortException;
import dev.retort.tools.revision.SourceMigrations.SourceMigration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code revision}: a new migration in the sources, after the head (or merging the heads), with a
 * fresh id and a class name from the message; empty, or with {@code autogenerate} the operations
 * that close the model's drift, marked {@code @Unreviewed}.
 */
public final class Revisions {

    private Revisions() {}

    public static WrittenRevision create(NewRevision request) {
        if (request.message() == null || request.message().isBlank()) {
            throw new RetortException("revision needs a message saying what the migration changes, e.g."
                    + " -m \"add phone to users\"");
        }
        if (request.sourceRoots().isEmpty()) {
            throw new RetortException("revision needs the folder of the sources to write the migration into");
        }
        SourceMigrations sources = SourceMigrations.read(request.sourceRoots());
        List<String> heads = sources.heads();
        String packageName = packageName(request, sources, heads);
        String className = RevisionNames.className(request.message().strip(), packageName, sources.classNames());
        Path root = request.sourceRoots().get(0);
        JavaFile file;
        String id;
        List<String> revises;
        if (request.autogenerate()) {
            if (heads.size() > 1) {
                throw new RetortException("the migrations have several heads " + heads + ": write the merge first"
                        + " (revision without autogenerate), then autogenerate after it");
            }
            SkeletonPlan plan = DriftRevision.plan(request, packageName, heads.isEmpty() ? null : heads.get(0),
                    className);
            file = SkeletonWriter.write(plan);
            id = plan.id();
            revises = plan.revises() == null ? List.of() : List.of(plan.revises());
        } else {
            id = RevisionNames.freshId(sources.ids());
            revises = heads;
            file = EmptyRevisionWriter.write(packageName, className, id, revises, request.message().strip());
        }
        Path target = root.resolve(RevisionNames.qualified(packageName, className).replace('.', '/') + ".java");
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return new WrittenRevision(target, className, id, revises, request.autogenerate());
    }

    /** Beside the head; the first migration where the option says, else in the entities' package + .migrations. */
    private static String packageName(NewRevision request, SourceMigrations sources, List<String> heads) {
        if (!heads.isEmpty()) {
            String head = heads.get(0);
            return sources.migrations().stream().filter(m -> m.id().equals(head)).map(SourceMigration::packageName)
                    .findFirst().orElseThrow();
        }
        if (request.packageName().isPresent()) {
            return request.packageName().get();
        }
        return sources.entityPackages().stream().findFirst().map(p -> p.isEmpty() ? "migrations" : p + ".migrations")
                .orElseThrow(() -> new RetortException("there is no migration and no @Entity in the sources to place"
                        + " the first migration by: name its package (the migrationsPackage setting)"));
    }
}
