package dev.retort.processor.diagnostic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Types;

/**
 * Names, as text, the places inside a class a diagnostic can be attached to: the class, a member, an
 * annotation on one (nested ones included) and a value of an annotation. A build that compiles the
 * class records the source line of each name; a later build that reads the class from its class file
 * finds the line by the same name, since javac can show no position there.
 */
final class ElementKeys {

    private final Types types;

    ElementKeys(Types types) {
        this.types = types;
    }

    /** The key of a member of a class (or of the class itself); empty for other elements. */
    Optional<String> of(Element element) {
        if (element instanceof TypeElement) {
            return Optional.of(".");
        }
        if (element instanceof VariableElement && element.getEnclosingElement() instanceof TypeElement) {
            return Optional.of("f:" + element.getSimpleName());
        }
        if (element instanceof ExecutableElement method) {
            StringBuilder key = new StringBuilder("m:").append(method.getSimpleName()).append('(');
            for (VariableElement parameter : method.getParameters()) {
                key.append(types.erasure(parameter.asType())).append(',');
            }
            return Optional.of(key.append(')').toString());
        }
        return Optional.empty();
    }

    /** The key of an annotation (or one of its values) on an element, found by identity; empty when it is not there. */
    Optional<String> of(Element element, AnnotationMirror annotation, AnnotationValue value) {
        Object wanted = value == null ? annotation : value;
        String[] found = new String[1];
        boolean[] inside = new boolean[1];
        String[] mirrorKey = new String[1];
        visit(element, (key, item) -> {
            if (item == annotation) {
                mirrorKey[0] = key;
                inside[0] = true;
            } else if (mirrorKey[0] != null && !key.startsWith(mirrorKey[0] + "=")) {
                inside[0] = false;
            }
            if (found[0] == null && inside[0] && item == wanted) {
                found[0] = key;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /** Every annotation and annotation value on the element with its key; {@code item} is an AnnotationMirror or AnnotationValue. */
    void visit(Element element, BiConsumer<String, Object> each) {
        String base = of(element).orElse(null);
        if (base == null) {
            return;
        }
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            mirror(base + "@" + type.getQualifiedName(), mirror, each);
        }
    }

    private void mirror(String key, AnnotationMirror mirror, BiConsumer<String, Object> each) {
        each.accept(key, mirror);
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            value(key + "=" + entry.getKey().getSimpleName(), entry.getValue(), each);
        }
    }

    private void value(String key, AnnotationValue value, BiConsumer<String, Object> each) {
        each.accept(key, value);
        Object content = value.getValue();
        if (content instanceof AnnotationMirror nested) {
            mirror(key + "/", nested, each);
        } else if (content instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof AnnotationValue item) {
                    value(key + "[" + i + "]", item, each);
                }
            }
        }
    }
}
