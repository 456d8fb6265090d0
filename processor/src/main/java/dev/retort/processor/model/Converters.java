package dev.retort.processor.model;

import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.util.Annotations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The {@code AttributeConverter}s of the model: the one that applies to a basic value (named by
 * {@code @Convert}, or auto-applied to its type) and the Java type of the column it writes, which gives
 * the column's SQL type as it would for an attribute of that type.
 */
final class Converters {

    private static final String ATTRIBUTE_CONVERTER = "jakarta.persistence.AttributeConverter";
    /** Hibernate's boolean converters, and the values its check allows for false and true. */
    private static final Map<String, List<String>> HIBERNATE_BOOLEANS = Map.of(
            "org.hibernate.type.YesNoConverter", List.of("'N'", "'Y'"),
            "org.hibernate.type.TrueFalseConverter", List.of("'F'", "'T'"),
            "org.hibernate.type.NumericBooleanConverter", List.of("0", "1"));

    /**
     * A converter applied to a value: the Java type of its column (empty, and reported, when it cannot
     * be told) and, for a boolean converted to text or a number, the two values Hibernate's check
     * allows (empty when there is no such check).
     */
    record Conversion(TypeElement converter, Optional<TypeMirror> columnType, Optional<List<String>> booleanValues) {}

    private record Converter(TypeElement type, TypeMirror attributeType, TypeMirror columnType) {}

    private final Types types;
    private final Reporter reporter;
    /** The {@code @Convert}s that chose a value's conversion; the rest are reported as not read. */
    private final Set<AnnotationMirror> applied;
    private final List<Converter> autoApplied = new ArrayList<>();
    private final Set<Element> reported = new HashSet<>();
    /** Each converter's type arguments, found once: every value it applies to asks twice (type, check). */
    private final Map<TypeElement, Optional<Converter>> resolved = new HashMap<>();

    Converters(Types types, Reporter reporter, Set<AnnotationMirror> applied) {
        this.types = types;
        this.reporter = reporter;
        this.applied = applied;
    }

    /** Registers the {@code @Converter(autoApply = true)} classes among these types and their nested types. */
    void discover(Iterable<? extends Element> elements) {
        for (Element element : elements) {
            if (element instanceof TypeElement type) {
                boolean autoApply = Annotations.find(type, Jpa.CONVERTER).flatMap(c -> Annotations.value(c, "autoApply"))
                        .map(v -> Boolean.TRUE.equals(v.getValue())).orElse(false);
                if (autoApply && autoApplied.stream().noneMatch(c -> c.type().equals(type))) {
                    converter(type).ifPresentOrElse(autoApplied::add, () -> report(type,
                            ProcessorErrors.unresolvedConverter(type.getQualifiedName().toString())));
                }
                discover(ElementFilter.typesIn(type.getEnclosedElements()));
            }
        }
    }

    /**
     * The conversion of a value: {@code path} is the name a {@code @Convert(attributeName)} on the
     * value's element must give to apply to it ({@code ""} for the element's own value, {@code "key"}
     * for a map's key).
     */
    Optional<Conversion> of(BasicValue value) {
        Element element = value.element();
        Optional<AnnotationMirror> convert = value.enclosingConvert().or(() -> explicit(element, value.convertPath()));
        convert.ifPresent(applied::add);
        if (convert.isPresent()) {
            if (Annotations.value(convert.get(), "disableConversion").map(v -> Boolean.TRUE.equals(v.getValue()))
                    .orElse(false)) {
                return Optional.empty();
            }
            Optional<TypeElement> named = Annotations.value(convert.get(), "converter")
                    .map(v -> v.getValue()).filter(TypeMirror.class::isInstance).map(TypeMirror.class::cast)
                    .filter(t -> t.getKind() == TypeKind.DECLARED)
                    .map(t -> (TypeElement) ((DeclaredType) t).asElement())
                    .filter(t -> !t.getQualifiedName().contentEquals(ATTRIBUTE_CONVERTER));
            if (named.isPresent()) {
                Optional<Converter> converter = converter(named.get());
                if (converter.isEmpty()) {
                    report(element, ProcessorErrors.unresolvedConverter(named.get().getQualifiedName().toString()));
                    return Optional.of(new Conversion(named.get(), Optional.empty(), Optional.empty()));
                }
                return Optional.of(conversion(element, value.type(), converter.get()));
            }
        }
        if (!autoApplies(element, value.convertPath())) {
            return Optional.empty();
        }
        TypeMirror attributeType = boxed(value.type());
        return autoApplied.stream().filter(c -> types.isSameType(types.erasure(c.attributeType()),
                types.erasure(attributeType))).findFirst().map(c -> conversion(element, value.type(), c));
    }

    /** The {@code @Convert} (alone or in {@code @Converts}) whose attribute name is this path. */
    private static Optional<AnnotationMirror> explicit(Element element, String path) {
        return Annotations.repeated(element, Jpa.CONVERT, Jpa.CONVERTS).stream().filter(c -> {
            String name = Annotations.string(c, "attributeName").orElse("");
            return name.equals(path) || path.isEmpty() && name.equals("value");
        }).findFirst();
    }

    /** Hibernate applies no converter by itself to ids, versions, or values mapped as enums or temporals. */
    private static boolean autoApplies(Element element, String path) {
        if (!path.isEmpty()) {
            return true;
        }
        return Annotations.find(element, Jpa.ID).isEmpty() && Annotations.find(element, Jpa.VERSION).isEmpty()
                && Annotations.find(element, Jpa.ENUMERATED).isEmpty()
                && Annotations.find(element, Jpa.TEMPORAL).isEmpty();
    }

    private Conversion conversion(Element element, TypeMirror attributeType, Converter converter) {
        Optional<List<String>> booleans = Optional.empty();
        String attribute = boxed(attributeType).toString();
        if (attribute.equals("java.lang.Boolean") && checked(converter.columnType())) {
            booleans = Optional.ofNullable(HIBERNATE_BOOLEANS.get(converter.type().getQualifiedName().toString()));
            if (booleans.isEmpty()) {
                report(element, ProcessorErrors.unreadBooleanConverter(converter.type().getSimpleName().toString()));
            }
        }
        return new Conversion(converter.type(), Optional.of(converter.columnType()), booleans);
    }

    /** Hibernate checks a converted boolean's values when the column holds text or a whole number. */
    private static boolean checked(TypeMirror columnType) {
        String name = columnType.toString();
        return name.equals("java.lang.String") || name.equals("java.lang.Character")
                || name.equals("java.lang.Integer") || name.equals("java.lang.Long")
                || name.equals("java.lang.Short") || name.equals("java.lang.Byte");
    }

    /** The converter's type arguments of {@code AttributeConverter<X, Y>}, found through its supertypes. */
    private Optional<Converter> converter(TypeElement type) {
        return resolved.computeIfAbsent(type, t -> find(t.asType(), 0)
                .map(arguments -> new Converter(t, arguments.get(0), arguments.get(1))));
    }

    private Optional<List<? extends TypeMirror>> find(TypeMirror type, int depth) {
        if (depth > 16 || !(type instanceof DeclaredType declared)) {
            return Optional.empty();
        }
        if (declared.asElement() instanceof TypeElement element
                && element.getQualifiedName().contentEquals(ATTRIBUTE_CONVERTER)) {
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            return arguments.size() == 2 && arguments.stream().allMatch(a -> a.getKind() == TypeKind.DECLARED
                    || a.getKind() == TypeKind.ARRAY) ? Optional.of(arguments) : Optional.empty();
        }
        for (TypeMirror supertype : types.directSupertypes(type)) {
            Optional<List<? extends TypeMirror>> found = find(supertype, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
    }

    private void report(Element element, String message) {
        if (reported.add(element)) {
            reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(element), message);
        }
    }
}
