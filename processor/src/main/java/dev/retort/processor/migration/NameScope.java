package dev.retort.processor.migration;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What a simple or qualified name in a class's source means, found as javac finds it (JLS 6.4, 6.5,
 * 7.5) from the class's members, the classes around it, its compilation unit's imports and package,
 * without javac attributing the body that names it: a field, a type, or the class of a statically
 * imported method.
 */
final class NameScope {

    private final Elements elements;
    private final Members members;
    private final TypeElement type;
    private final CompilationUnitTree unit;
    private final Map<String, List<TypeElement>> staticImports = new HashMap<>();

    NameScope(Elements elements, Members members, TypeElement type, CompilationUnitTree unit) {
        this.elements = elements;
        this.members = members;
        this.type = type;
        this.unit = unit;
    }

    /** The scope of another class, sharing the members already read. */
    NameScope of(TypeElement other, CompilationUnitTree otherUnit) {
        return new NameScope(elements, members, other, otherUnit);
    }

    TypeElement type() {
        return type;
    }

    /** The field a simple name means: a member of the class or of a class around it, then a static import. */
    Optional<VariableElement> field(String name) {
        for (TypeElement scope = type; scope != null; scope = enclosing(scope)) {
            Optional<VariableElement> member = memberField(scope, name);
            if (member.isPresent()) {
                return member;
            }
        }
        for (TypeElement owner : staticImports(name, true)) {
            Optional<VariableElement> member = memberField(owner, name).filter(f -> isStatic(f));
            if (member.isPresent()) {
                return member;
            }
        }
        for (TypeElement owner : staticImports(name, false)) {
            Optional<VariableElement> member = memberField(owner, name).filter(f -> isStatic(f));
            if (member.isPresent()) {
                return member;
            }
        }
        return Optional.empty();
    }

    /** The field {@code name} of a class, declared or inherited. */
    Optional<VariableElement> memberField(TypeElement owner, String name) {
        return ElementFilter.fieldsIn(members.named(owner, name)).stream().findFirst();
    }

    /** Whether a simple method name means a method of the class or of a class around it (not an import). */
    boolean declaresMethod(String name) {
        for (TypeElement scope = type; scope != null; scope = enclosing(scope)) {
            if (!ElementFilter.methodsIn(members.named(scope, name)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The class a statically imported method of this name comes from. */
    Optional<TypeElement> staticMethodOwner(String name) {
        for (boolean single : List.of(true, false)) {
            for (TypeElement owner : staticImports(name, single)) {
                boolean declares = ElementFilter.methodsIn(members.named(owner, name)).stream()
                        .anyMatch(NameScope::isStatic);
                if (declares) {
                    return Optional.of(owner);
                }
            }
        }
        return Optional.empty();
    }

    /** The class an expression names ({@code Names}, {@code Outer.Inner}, {@code app.Names}), if it names one. */
    Optional<TypeElement> typeNamed(ExpressionTree tree) {
        if (tree instanceof IdentifierTree identifier) {
            return type(identifier.getName().toString());
        }
        if (tree instanceof MemberSelectTree select) {
            String member = select.getIdentifier().toString();
            Optional<TypeElement> outer = typeNamed(select.getExpression());
            if (outer.isPresent()) {
                return ElementFilter.typesIn(members.named(outer.get(), member)).stream().findFirst();
            }
            return Optional.ofNullable(elements.getTypeElement(select.toString()));
        }
        return Optional.empty();
    }

    /** The class a simple type name means. */
    Optional<TypeElement> type(String name) {
        for (TypeElement scope = type; scope != null; scope = enclosing(scope)) {
            if (scope.getSimpleName().contentEquals(name)) {
                return Optional.of(scope);
            }
            Optional<TypeElement> member = ElementFilter.typesIn(members.named(scope, name)).stream().findFirst();
            if (member.isPresent()) {
                return member;
            }
        }
        for (ImportTree imported : unit.getImports()) {
            if (!imported.isStatic() && imported.getQualifiedIdentifier() instanceof MemberSelectTree select
                    && select.getIdentifier().contentEquals(name)) {
                return Optional.ofNullable(elements.getTypeElement(select.toString()));
            }
        }
        String packageName = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
        TypeElement sibling = elements.getTypeElement(packageName.isEmpty() ? name : packageName + "." + name);
        if (sibling != null) {
            return Optional.of(sibling);
        }
        for (ImportTree imported : unit.getImports()) {
            if (!imported.isStatic() && imported.getQualifiedIdentifier() instanceof MemberSelectTree select
                    && select.getIdentifier().contentEquals("*")) {
                Optional<TypeElement> found = inPackageOrType(select.getExpression().toString(), name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.ofNullable(elements.getTypeElement("java.lang." + name));
    }

    private Optional<TypeElement> inPackageOrType(String qualifier, String name) {
        TypeElement found = elements.getTypeElement(qualifier + "." + name);
        return Optional.ofNullable(found);
    }

    /** The classes whose static members of this name are imported, by single-static imports or on demand. */
    private List<TypeElement> staticImports(String name, boolean single) {
        return staticImports.computeIfAbsent(single ? name : "*", key -> staticImportsOf(name, single));
    }

    private List<TypeElement> staticImportsOf(String name, boolean single) {
        return unit.getImports().stream().filter(ImportTree::isStatic)
                .map(ImportTree::getQualifiedIdentifier)
                .filter(tree -> tree instanceof MemberSelectTree)
                .map(tree -> (MemberSelectTree) tree)
                .filter(select -> single ? select.getIdentifier().contentEquals(name)
                        : select.getIdentifier().contentEquals("*"))
                .map(select -> elements.getTypeElement(select.getExpression().toString()))
                .filter(t -> t != null)
                .toList();
    }

    private static TypeElement enclosing(TypeElement scope) {
        Element outer = scope.getEnclosingElement();
        while (outer != null && !(outer instanceof TypeElement) && !(outer instanceof PackageElement)) {
            outer = outer.getEnclosingElement();
        }
        return outer instanceof TypeElement enclosingType ? enclosingType : null;
    }

    private static boolean isStatic(Element element) {
        return element.getModifiers().contains(Modifier.STATIC);
    }

    /** Whether a field is a constant a migration may use: static and final, or an enum constant. */
    static boolean isConstant(VariableElement field) {
        return field.getKind() == ElementKind.ENUM_CONSTANT
                || (field.getModifiers().contains(Modifier.STATIC) && field.getModifiers().contains(Modifier.FINAL));
    }
}
