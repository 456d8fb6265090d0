package dev.retort.processor.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.element.TypeElement;

/** Reads annotations by name as javac sees them, so no annotation class needs to be loaded. */
public final class Annotations {

    private Annotations() {}

    public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (isType(mirror, qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    public static boolean isType(AnnotationMirror mirror, String qualifiedName) {
        return NameText.is(((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName(), qualifiedName);
    }

    /** The value of a member, its default when not written; empty when the member does not exist. */
    public static Optional<AnnotationValue> value(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (NameText.is(entry.getKey().getSimpleName(), member)) {
                return Optional.of(entry.getValue());
            }
        }
        for (Element enclosed : mirror.getAnnotationType().asElement().getEnclosedElements()) {
            if (enclosed instanceof ExecutableElement method && NameText.is(method.getSimpleName(), member)) {
                return Optional.ofNullable(method.getDefaultValue());
            }
        }
        return Optional.empty();
    }

    /** An enum member's constant, by name ({@code "STRING"}); empty when absent or erroneous. */
    public static Optional<String> constant(AnnotationMirror mirror, String member) {
        return value(mirror, member).map(AnnotationValue::getValue).filter(VariableElement.class::isInstance)
                .map(v -> ((VariableElement) v).getSimpleName().toString());
    }

    /** A boolean member's value; empty when absent or erroneous. */
    public static Optional<Boolean> bool(AnnotationMirror mirror, String member) {
        return value(mirror, member).map(AnnotationValue::getValue).filter(Boolean.class::isInstance)
                .map(Boolean.class::cast);
    }

    /** Whether the member was written explicitly (not left to its default). */
    public static boolean isExplicit(AnnotationMirror mirror, String member) {
        return mirror.getElementValues().keySet().stream().anyMatch(m -> NameText.is(m.getSimpleName(), member));
    }

    /**
     * A string member's value; empty when absent, of another type, or erroneous (javac reports those
     * itself, and gives their value as the string {@code <error>}).
     */
    public static Optional<String> string(AnnotationMirror mirror, String member) {
        return value(mirror, member).map(AnnotationValue::getValue)
                .filter(String.class::isInstance).map(String.class::cast).filter(s -> !s.equals(ERRONEOUS));
    }

    private static final String ERRONEOUS = "<error>";

    /** An array-of-strings member; a single value counts as an array of one. */
    public static List<String> strings(AnnotationMirror mirror, String member) {
        List<String> result = new ArrayList<>();
        value(mirror, member).ifPresent(v -> {
            Object raw = v.getValue();
            if (raw instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof AnnotationValue av && av.getValue() instanceof String s && !s.equals(ERRONEOUS)) {
                        result.add(s);
                    }
                }
            } else if (raw instanceof String s && !s.equals(ERRONEOUS)) {
                result.add(s);
            }
        });
        return result;
    }

    /** An array-of-annotations member, such as a repeatable annotation's container. */
    public static List<AnnotationMirror> annotations(AnnotationMirror mirror, String member) {
        List<AnnotationMirror> result = new ArrayList<>();
        value(mirror, member).ifPresent(v -> {
            if (v.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof AnnotationValue av && av.getValue() instanceof AnnotationMirror m) {
                        result.add(m);
                    }
                }
            }
        });
        return result;
    }

    /** A repeatable annotation: the one written alone, or each in its container. */
    public static List<AnnotationMirror> repeated(Element element, String single, String container) {
        List<AnnotationMirror> result = new ArrayList<>();
        find(element, single).ifPresent(result::add);
        find(element, container).ifPresent(c -> result.addAll(annotations(c, "value")));
        return result;
    }
}
