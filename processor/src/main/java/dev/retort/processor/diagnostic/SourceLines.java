package dev.retort.processor.diagnostic;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalLong;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The line javac puts a diagnostic on, for an element of a source being compiled: a class at its
 * {@code class} (or {@code interface}, {@code enum}, {@code record}) keyword, a field or method at its
 * name, an annotation at its {@code @}, a value where it is written.
 */
final class SourceLines {

    private final Trees trees;
    private final SourcePositions positions;
    private final Map<CompilationUnitTree, CharSequence> texts = new IdentityHashMap<>();

    SourceLines(Trees trees) {
        this.trees = trees;
        this.positions = trees.getSourcePositions();
    }

    OptionalLong lineOf(Element element) {
        TreePath path = trees.getPath(element);
        return path == null ? OptionalLong.empty() : lineOf(path.getLeaf(), path.getCompilationUnit());
    }

    /** The line of a declaration's diagnostics: its keyword (a class) or its name (a field, a method). */
    OptionalLong lineOf(Tree leaf, CompilationUnitTree unit) {
        long after;
        if (leaf instanceof ClassTree type) {
            after = endOrStart(unit, type.getModifiers(), type);
        } else if (leaf instanceof VariableTree variable) {
            after = endOrStart(unit, variable.getType(), variable);
        } else if (leaf instanceof MethodTree method) {
            Tree before = method.getReturnType() != null ? method.getReturnType()
                    : method.getTypeParameters().isEmpty() ? method.getModifiers()
                    : method.getTypeParameters().get(method.getTypeParameters().size() - 1);
            after = endOrStart(unit, before, method);
        } else {
            after = positions.getStartPosition(unit, leaf);
        }
        return line(unit, nextToken(unit, after));
    }

    OptionalLong lineOf(Element element, AnnotationMirror annotation, AnnotationValue value) {
        TreePath path = value == null ? trees.getPath(element, annotation) : trees.getPath(element, annotation, value);
        if (path == null) {
            return OptionalLong.empty();
        }
        return line(path.getCompilationUnit(), positions.getStartPosition(path.getCompilationUnit(), path.getLeaf()));
    }

    /** The line a tree starts on, such as an annotation's {@code @} or a value as written. */
    OptionalLong startLine(Tree tree, CompilationUnitTree unit) {
        return line(unit, positions.getStartPosition(unit, tree));
    }

    private long endOrStart(CompilationUnitTree unit, Tree before, Tree whole) {
        long end = before == null ? -1 : positions.getEndPosition(unit, before);
        return end >= 0 ? end : positions.getStartPosition(unit, whole);
    }

    private static OptionalLong line(CompilationUnitTree unit, long position) {
        return position < 0 ? OptionalLong.empty() : OptionalLong.of(unit.getLineMap().getLineNumber(position));
    }

    /** The start of the next token at or after {@code from}, past white space and comments. */
    private long nextToken(CompilationUnitTree unit, long from) {
        CharSequence text = text(unit);
        if (text == null || from < 0) {
            return from;
        }
        int i = (int) from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.toString().indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else {
                return i;
            }
        }
        return from;
    }

    private CharSequence text(CompilationUnitTree unit) {
        return texts.computeIfAbsent(unit, u -> {
            try {
                return u.getSourceFile().getCharContent(true);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
