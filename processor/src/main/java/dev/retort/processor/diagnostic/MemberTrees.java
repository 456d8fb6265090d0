package dev.retort.processor.diagnostic;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The declaration tree of each field and method of a class, matched from one pass over the class's
 * members (by name, and for methods by number of parameters), asking javac only where overloads of
 * one arity leave it open.
 */
final class MemberTrees {

    private MemberTrees() {}

    static Map<Element, Tree> of(TypeElement type, ClassTree tree, Trees trees) {
        Map<String, VariableTree> fields = new LinkedHashMap<>();
        Map<String, List<MethodTree>> methods = new LinkedHashMap<>();
        for (Tree member : tree.getMembers()) {
            if (member instanceof VariableTree field) {
                fields.put(field.getName().toString(), field);
            } else if (member instanceof MethodTree method) {
                methods.computeIfAbsent(method.getName() + "/" + method.getParameters().size(), k -> new ArrayList<>())
                        .add(method);
            }
        }
        Map<Element, Tree> found = new LinkedHashMap<>();
        for (Element member : type.getEnclosedElements()) {
            Tree declaration = null;
            if (member instanceof VariableElement) {
                declaration = fields.get(member.getSimpleName().toString());
            } else if (member instanceof ExecutableElement method) {
                List<MethodTree> candidates = methods.getOrDefault(
                        method.getSimpleName() + "/" + method.getParameters().size(), List.of());
                declaration = candidates.size() == 1 ? candidates.get(0) : trees.getTree(method);
            }
            if (declaration != null) {
                found.put(member, declaration);
            }
        }
        return found;
    }
}
