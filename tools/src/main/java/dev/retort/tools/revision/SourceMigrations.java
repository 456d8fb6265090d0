package dev.retort.tools.revision;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import dev.retort.runner.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;

/**
 * The migrations and entities a project's sources declare, as javac parses them (no compilation:
 * a project with two heads, which does not build, still has its heads read).
 */
record SourceMigrations(List<SourceMigration> migrations, Set<String> entityPackages, Set<String> classNames) {

    /** One {@code @Migration} class of the sources. */
    record SourceMigration(String className, String packageName, String id, List<String> revises, Path file) {}

    SourceMigrations {
        migrations = List.copyOf(migrations);
        entityPackages = Set.copyOf(entityPackages);
        classNames = Set.copyOf(classNames);
    }

    /** The ids no other migration revises, sorted. */
    List<String> heads() {
        Set<String> revised = new HashSet<>();
        migrations.forEach(m -> revised.addAll(m.revises()));
        return migrations.stream().map(SourceMigration::id).filter(id -> !revised.contains(id)).sorted().distinct().toList();
    }

    Set<String> ids() {
        Set<String> ids = new TreeSet<>();
        migrations.forEach(m -> ids.add(m.id()));
        return ids;
    }

    static SourceMigrations read(List<Path> sourceRoots) {
        List<Path> files = new ArrayList<>();
        for (Path root : sourceRoots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new RetortException("cannot read the sources under " + root + ": " + e.getMessage(), e);
            }
        }
        List<SourceMigration> migrations = new ArrayList<>();
        Set<String> entityPackages = new TreeSet<>();
        Set<String> classNames = new HashSet<>();
        if (files.isEmpty()) {
            return new SourceMigrations(migrations, entityPackages, classNames);
        }
        JavaCompiler javac = Javac.require();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, fileManager, d -> { }, List.of("-proc:none"), null,
                    fileManager.getJavaFileObjectsFromPaths(files));
            for (CompilationUnitTree unit : task.parse()) {
                String packageName = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
                Path file = Path.of(unit.getSourceFile().toUri());
                for (Tree declaration : unit.getTypeDecls()) {
                    if (declaration instanceof ClassTree type) {
                        String name = type.getSimpleName().toString();
                        classNames.add(packageName.isEmpty() ? name : packageName + "." + name);
                        read(type, packageName, file, migrations, entityPackages);
                    }
                }
            }
        } catch (IOException e) {
            throw new RetortException("cannot read the sources: " + e.getMessage(), e);
        }
        return new SourceMigrations(migrations, entityPackages, classNames);
    }

    private static void read(ClassTree type, String packageName, Path file, List<SourceMigration> migrations,
                             Set<String> entityPackages) {
        for (AnnotationTree annotation : type.getModifiers().getAnnotations()) {
            String name = annotation.getAnnotationType().toString();
            if (name.equals("Entity") || name.equals("jakarta.persistence.Entity")) {
                entityPackages.add(packageName);
            }
            if (!name.equals("Migration") && !name.equals("dev.retort.annotation.Migration")) {
                continue;
            }
            String id = null;
            List<String> revises = List.of();
            for (ExpressionTree argument : annotation.getArguments()) {
                if (!(argument instanceof AssignmentTree assignment)) {
                    continue;
                }
                String member = assignment.getVariable().toString();
                if (member.equals("id")) {
                    id = literals(assignment.getExpression(), type, file).stream().findFirst().orElse(null);
                } else if (member.equals("revises")) {
                    revises = literals(assignment.getExpression(), type, file);
                }
            }
            if (id != null) {
                migrations.add(new SourceMigration(type.getSimpleName().toString(), packageName, id, revises, file));
            }
        }
    }

    private static List<String> literals(ExpressionTree value, ClassTree type, Path file) {
        List<ExpressionTree> values = value instanceof NewArrayTree array ? List.copyOf(array.getInitializers())
                : List.of(value);
        List<String> strings = new ArrayList<>();
        for (ExpressionTree each : values) {
            if (!(each instanceof LiteralTree literal) || !(literal.getValue() instanceof String text)) {
                throw new RetortException(file + ": revision reads the ids of @Migration as string literals, and "
                        + type.getSimpleName() + " gives " + each + ": write the id itself there");
            }
            strings.add(text);
        }
        return strings;
    }
}
