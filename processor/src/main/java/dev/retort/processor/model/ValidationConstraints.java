package dev.retort.processor.model;

import dev.retort.processor.util.Annotations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The Bean Validation constraints of an attribute that Hibernate applies to its columns, as its
 * {@code TypeSafeActivator} does, in the default group: {@code @NotNull}, {@code @NotEmpty} and
 * {@code @NotBlank} make it NOT NULL, {@code @Size(max)} and Hibernate Validator's
 * {@code @Length(max)} set a string's length, {@code @Digits} a decimal's precision and scale, and
 * {@code @Min} and {@code @Max} add a check each. A constraint composed of others (Hibernate
 * Validator's {@code @Range}, or one of the application's) applies those, with the values its
 * {@code @OverridesAttribute} members pass down.
 */
final class ValidationConstraints {

    private static final String PACKAGE = "jakarta.validation.constraints.";
    private static final Set<String> NOT_NULL = Set.of(PACKAGE + "NotNull", PACKAGE + "NotEmpty", PACKAGE + "NotBlank");
    private static final String SIZE = PACKAGE + "Size";
    private static final String LENGTH = "org.hibernate.validator.constraints.Length";
    private static final String DIGITS = PACKAGE + "Digits";
    private static final String MIN = PACKAGE + "Min";
    private static final String MAX = PACKAGE + "Max";
    private static final String CONSTRAINT = "jakarta.validation.Constraint";
    private static final String OVERRIDES = "jakarta.validation.OverridesAttribute";
    private static final String OVERRIDES_LIST = "jakarta.validation.OverridesAttribute.List";
    private static final String DEFAULT_GROUP = "jakarta.validation.groups.Default";
    /** Whether constraints on an embedded value's attributes apply: it must be marked for cascading. */
    static final String VALID = "jakarta.validation.Valid";

    /** What the constraints do to the column; {@code digits} is {precision, scale}. */
    record Effects(boolean notNull, OptionalInt length, Optional<int[]> digits, List<Long> minimums,
                   List<Long> maximums) {

        static final Effects NONE = new Effects(false, OptionalInt.empty(), Optional.empty(), List.of(), List.of());
    }

    private ValidationConstraints() {}

    static Effects of(Element attribute) {
        Collector collector = new Collector();
        for (AnnotationMirror annotation : attribute.getAnnotationMirrors()) {
            if (inDefaultGroup(annotation)) {
                collector.add(annotation, Map.of(), 0);
            }
        }
        return collector.effects();
    }

    private static boolean inDefaultGroup(AnnotationMirror annotation) {
        Optional<AnnotationValue> groups = Annotations.value(annotation, "groups");
        if (groups.isEmpty() || !(groups.get().getValue() instanceof List<?> list) || list.isEmpty()) {
            return true;
        }
        return list.stream().anyMatch(g -> g instanceof AnnotationValue v && v.getValue() instanceof DeclaredType type
                && ((TypeElement) type.asElement()).getQualifiedName().contentEquals(DEFAULT_GROUP));
    }

    /** Gathers the effects of an attribute's constraints and of the constraints they are composed of. */
    private static final class Collector {
        private boolean notNull;
        private OptionalInt length = OptionalInt.empty();
        private Optional<int[]> digits = Optional.empty();
        private final List<Long> minimums = new ArrayList<>();
        private final List<Long> maximums = new ArrayList<>();

        /** @param overrides values passed down by the composing constraint, by member name */
        void add(AnnotationMirror annotation, Map<String, Object> overrides, int depth) {
            TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
            String name = type.getQualifiedName().toString();
            if (NOT_NULL.contains(name)) {
                notNull = true;
            } else if (name.equals(SIZE) || name.equals(LENGTH)) {
                long max = number(annotation, "max", overrides).orElse((long) Integer.MAX_VALUE);
                if (max < Integer.MAX_VALUE) {
                    length = OptionalInt.of((int) max);
                }
            } else if (name.equals(DIGITS)) {
                int integer = number(annotation, "integer", overrides).orElse(0L).intValue();
                int fraction = number(annotation, "fraction", overrides).orElse(0L).intValue();
                digits = Optional.of(new int[] {integer + fraction, fraction});
            } else if (name.equals(MIN)) {
                number(annotation, "value", overrides).ifPresent(minimums::add);
            } else if (name.equals(MAX)) {
                number(annotation, "value", overrides).ifPresent(maximums::add);
            }
            if (depth < 4 && Annotations.find(type, CONSTRAINT).isPresent()) {
                for (AnnotationMirror composing : type.getAnnotationMirrors()) {
                    TypeElement composingType = (TypeElement) composing.getAnnotationType().asElement();
                    if (Annotations.find(composingType, CONSTRAINT).isPresent()) {
                        add(composing, passedDown(annotation, composingType, overrides), depth + 1);
                    }
                }
            }
        }

        Effects effects() {
            return new Effects(notNull, length, digits, List.copyOf(minimums), List.copyOf(maximums));
        }
    }

    /** The members of {@code composed} that {@code @OverridesAttribute} passes down to {@code composing}. */
    private static Map<String, Object> passedDown(AnnotationMirror composed, TypeElement composing,
                                                  Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>();
        for (Element member : composed.getAnnotationType().asElement().getEnclosedElements()) {
            if (!(member instanceof ExecutableElement method)) {
                continue;
            }
            List<AnnotationMirror> marks = Annotations.repeated(method, OVERRIDES, OVERRIDES_LIST);
            for (AnnotationMirror mark : marks) {
                boolean forThis = Annotations.value(mark, "constraint").map(AnnotationValue::getValue)
                        .filter(DeclaredType.class::isInstance).map(t -> ((DeclaredType) t).asElement())
                        .filter(composing::equals).isPresent();
                String target = Annotations.string(mark, "name").filter(n -> !n.isBlank())
                        .orElse(method.getSimpleName().toString());
                if (forThis) {
                    String own = method.getSimpleName().toString();
                    Object value = overrides.containsKey(own) ? overrides.get(own)
                            : Annotations.value(composed, own).map(AnnotationValue::getValue).orElse(null);
                    if (value != null) {
                        values.put(target, value);
                    }
                }
            }
        }
        return values;
    }

    private static Optional<Long> number(AnnotationMirror annotation, String member, Map<String, Object> overrides) {
        Object value = overrides.containsKey(member) ? overrides.get(member)
                : Annotations.value(annotation, member).map(AnnotationValue::getValue).orElse(null);
        return value instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
    }
}
