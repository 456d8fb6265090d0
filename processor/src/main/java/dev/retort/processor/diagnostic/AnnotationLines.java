package dev.retort.processor.diagnostic;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The lines of one declaration of a source, under the keys of {@link ElementKeys}: the declaration,
 * each of its annotations (matched to the annotation trees of its modifiers by name) and each value,
 * down into nested annotations and arrays, from the trees as written. What the trees do not show
 * (a repeated annotation javac wraps in its container) is asked of javac.
 */
final class AnnotationLines {

    private final ElementKeys keys;
    private final SourceLines sourceLines;
    private final CompilationUnitTree unit;
    private final Map<String, Long> lines;

    AnnotationLines(ElementKeys keys, SourceLines sourceLines, CompilationUnitTree unit, Map<String, Long> lines) {
        this.keys = keys;
        this.sourceLines = sourceLines;
        this.unit = unit;
        this.lines = lines;
    }

    void record(Element element, Tree declaration) {
        Optional<String> key = keys.of(element);
        if (key.isEmpty()) {
            return;
        }
        sourceLines.lineOf(declaration, unit).ifPresent(line -> lines.put(key.get(), line));
        List<AnnotationTree> written = new ArrayList<>(modifiers(declaration));
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            String mirrorKey = key.get() + "@" + type.getQualifiedName();
            AnnotationTree tree = take(written, type.getSimpleName().toString());
            if (tree == null) {
                askJavac(element, mirror, mirrorKey);
                continue;
            }
            put(mirrorKey, tree);
            values(mirrorKey, mirror, tree);
        }
    }

    private void values(String key, AnnotationMirror mirror, AnnotationTree tree) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            String member = entry.getKey().getSimpleName().toString();
            ExpressionTree argument = argument(tree, member);
            if (argument != null) {
                value(key + "=" + member, entry.getValue(), argument);
            }
        }
    }

    private void value(String key, AnnotationValue value, ExpressionTree written) {
        put(key, written);
        Object content = value.getValue();
        if (content instanceof AnnotationMirror nested && written instanceof AnnotationTree nestedTree) {
            put(key + "/", nestedTree);
            values(key + "/", nested, nestedTree);
        } else if (content instanceof List<?> items) {
            List<? extends ExpressionTree> each = written instanceof NewArrayTree array && array.getInitializers() != null
                    ? array.getInitializers() : List.of(written);
            for (int i = 0; i < items.size() && i < each.size(); i++) {
                if (items.get(i) instanceof AnnotationValue item) {
                    value(key + "[" + i + "]", item, each.get(i));
                }
            }
        }
    }

    /** The expression given for a member: {@code member = ...}, or the lone unnamed one for {@code value}. */
    private static ExpressionTree argument(AnnotationTree tree, String member) {
        for (ExpressionTree argument : tree.getArguments()) {
            if (argument instanceof AssignmentTree assignment
                    && assignment.getVariable() instanceof IdentifierTree name && name.getName().contentEquals(member)) {
                return assignment.getExpression();
            }
            if (!(argument instanceof AssignmentTree) && member.equals("value")) {
                return argument;
            }
        }
        return null;
    }

    /** The first annotation tree written with this simple name, taken from the list. */
    private static AnnotationTree take(List<AnnotationTree> written, String simpleName) {
        for (AnnotationTree tree : written) {
            Tree type = tree.getAnnotationType();
            String name = type instanceof MemberSelectTree select ? select.getIdentifier().toString() : type.toString();
            if (name.equals(simpleName)) {
                written.remove(tree);
                return tree;
            }
        }
        return null;
    }

    /** A mirror the trees do not show as written: its lines, and its values', as javac finds them. */
    private void askJavac(Element element, AnnotationMirror mirror, String mirrorKey) {
        sourceLines.lineOf(element, mirror, null).ifPresent(line -> lines.put(mirrorKey, line));
        keys.visit(element, (key, item) -> {
            if (key.startsWith(mirrorKey + "=") && item instanceof AnnotationValue value) {
                sourceLines.lineOf(element, mirror, value).ifPresent(line -> lines.put(key, line));
            }
        });
    }

    private void put(String key, Tree tree) {
        sourceLines.startLine(tree, unit).ifPresent(line -> lines.put(key, line));
    }

    private static List<? extends AnnotationTree> modifiers(Tree declaration) {
        ModifiersTree modifiers = declaration instanceof ClassTree type ? type.getModifiers()
                : declaration instanceof MethodTree method ? method.getModifiers()
                : declaration instanceof VariableTree variable ? variable.getModifiers() : null;
        return modifiers == null ? List.of() : modifiers.getAnnotations();
    }
}
