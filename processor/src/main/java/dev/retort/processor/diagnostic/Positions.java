package dev.retort.processor.diagnostic;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.retort.processor.build.ModuleRecord;
import dev.retort.processor.util.SourcePaths;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Source positions of elements javac read from class files, which it cannot show: the lines an
 * earlier build recorded in the {@link ModuleRecord}. Also records those lines, for the classes being
 * compiled, for the next build.
 */
public final class Positions {

    private final Trees trees;
    private final Elements elements;
    private final ElementKeys keys;
    private final Optional<ModuleRecord> previous;
    private SourceLines sourceLines;
    private final Map<String, String> sharedKeys = new HashMap<>();

    /** {@code trees} is null where the Tree API is unavailable: nothing is then recorded. */
    public Positions(Trees trees, Types types, Elements elements, Optional<ModuleRecord> previous) {
        this.trees = trees;
        this.elements = elements;
        this.keys = new ElementKeys(types);
        this.previous = previous;
    }

    /** What the previous whole build recorded of the module, if anything. */
    public Optional<ModuleRecord> previous() {
        return previous;
    }

    /** Whether javac compiles this element's class now (it has a tree), rather than reading its class file. */
    public boolean inSource(Element element) {
        return trees != null && trees.getPath(element) != null;
    }

    /** {@code app/model/User.java:32} for an element of a class file whose line was recorded; empty otherwise. */
    public Optional<String> of(Element element, AnnotationMirror annotation, AnnotationValue value) {
        if (element == null || previous.isEmpty() || (trees != null && trees.getPath(element) != null)) {
            return Optional.empty();
        }
        Element member = element;
        while (member != null && keys.of(member).isEmpty()) {
            member = member.getEnclosingElement();
        }
        if (member == null) {
            return Optional.empty();
        }
        TypeElement owner = member instanceof TypeElement type ? type : (TypeElement) member.getEnclosingElement();
        Optional<String> key = annotation == null || member != element ? keys.of(member)
                : keys.of(member, annotation, value).or(() -> keys.of(element));
        Optional<ModuleRecord.Entry> entry = previous.get().entry(elements.getBinaryName(owner).toString());
        if (key.isEmpty() || entry.isEmpty() || !entry.get().lines().containsKey(key.get())) {
            return entry.map(e -> e.sourcePath());
        }
        return Optional.of(entry.get().sourcePath() + ":" + entry.get().lines().get(key.get()));
    }

    /**
     * The {@code retort:} names an element's {@code @SuppressWarnings} gives: from its source when
     * javac compiles it, else from the record (class files do not keep the annotation).
     */
    public List<String> suppressions(Element element) {
        if (inSource(element) || trees == null) {
            return retortSuppressions(element);
        }
        Optional<String> key = keys.of(element);
        Element owner = element instanceof TypeElement ? element : element.getEnclosingElement();
        if (key.isEmpty() || previous.isEmpty() || !(owner instanceof TypeElement type)) {
            return List.of();
        }
        return previous.get().entry(elements.getBinaryName(type).toString())
                .map(e -> e.suppressions().getOrDefault(key.get(), List.of())).orElse(List.of());
    }

    private static List<String> retortSuppressions(Element element) {
        SuppressWarnings annotation = element.getAnnotation(SuppressWarnings.class);
        return annotation == null ? List.of()
                : java.util.Arrays.stream(annotation.value()).filter(n -> n.startsWith("retort")).toList();
    }

    /**
     * The entries to record for a class and the classes nested in it: for one being compiled, the
     * lines of its source; for one read from its class file, what the previous record had.
     */
    public List<ModuleRecord.Entry> record(TypeElement type, ModuleRecord.Kind kind) {
        List<ModuleRecord.Entry> entries = new java.util.ArrayList<>();
        record(type, kind, entries);
        return entries;
    }

    private void record(TypeElement type, ModuleRecord.Kind kind, List<ModuleRecord.Entry> entries) {
        String binaryName = elements.getBinaryName(type).toString();
        TreePath path = trees == null ? null : trees.getPath(type);
        if (path != null && path.getLeaf() instanceof ClassTree classTree) {
            if (sourceLines == null) {
                sourceLines = new SourceLines(trees);
            }
            CompilationUnitTree unit = path.getCompilationUnit();
            Map<String, Long> lines = new LinkedHashMap<>();
            Map<String, List<String>> suppressions = new LinkedHashMap<>();
            Map<Element, Tree> declarations = new LinkedHashMap<>();
            declarations.put(type, classTree);
            declarations.putAll(MemberTrees.of(type, classTree, trees));
            declarations.forEach((element, tree) -> {
                new AnnotationLines(keys, sourceLines, unit, lines).record(element, tree);
                List<String> names = retortSuppressions(element);
                if (!names.isEmpty()) {
                    suppressions.put(keys.of(element).orElseThrow(), names);
                }
            });
            entries.add(new ModuleRecord.Entry(binaryName, kind, sourcePath(type, path), shared(lines), suppressions));
        } else {
            previous.flatMap(p -> p.entry(binaryName)).ifPresent(entries::add);
        }
        for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
            record(nested, kind, entries);
        }
    }

    /**
     * The lines with each key replaced by the first equal key recorded: the keys of thousands of
     * migrations are the same few texts, and the record of a 1200-entity module held 190,000 copies.
     */
    private Map<String, Long> shared(Map<String, Long> lines) {
        Map<String, Long> shared = new LinkedHashMap<>();
        lines.forEach((key, line) -> shared.put(sharedKeys.computeIfAbsent(key, k -> k), line));
        return shared;
    }

    /** {@code path} is the type's: the outermost class's is in the same file, so no second scan for a top-level one. */
    private String sourcePath(TypeElement type, TreePath path) {
        TypeElement outermost = SourcePaths.outermost(type);
        String file = (outermost == type ? path : trees.getPath(outermost)).getCompilationUnit().getSourceFile().getName();
        return SourcePaths.in(elements, type, file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1));
    }
}
