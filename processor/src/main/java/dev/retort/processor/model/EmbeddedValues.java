package dev.retort.processor.model;

import dev.retort.processor.util.Annotations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The columns an embedded attribute brings: one per basic attribute of the embeddable, nested
 * embeddables flattened, named by the leaf attribute (as JPA's default), {@code @AttributeOverride}
 * and {@code @Convert(attributeName)} applied by path ({@code "phone.number"}), an outer attribute's
 * before an inner one's.
 */
final class EmbeddedValues {

    private EmbeddedValues() {}

    /** Whether the attribute is an embeddable value ({@code @Embedded}, {@code @EmbeddedId}, or of an embeddable type). */
    static boolean isEmbedded(Attribute attribute) {
        return Annotations.find(attribute.element(), Jpa.EMBEDDED).isPresent()
                || Annotations.find(attribute.element(), Jpa.EMBEDDED_ID).isPresent()
                || embeddable(attribute.type()).isPresent();
    }

    static Optional<TypeElement> embeddable(TypeMirror type) {
        return type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element
                && Annotations.find(element, Jpa.EMBEDDABLE).isPresent() ? Optional.of(element) : Optional.empty();
    }

    /**
     * The values of an embeddable type; {@code unsupported} receives the attributes that are not
     * basic values (relations, collections inside an embeddable).
     */
    static List<BasicValue> of(TypeElement embeddable, ValueOverrides overrides, boolean propertyAccess,
                               List<Attribute> unsupported) {
        return of(embeddable, overrides, propertyAccess, unsupported, null);
    }

    /**
     * As {@link #of(TypeElement, ValueOverrides, boolean, List)}; {@code relations} receives the owning to-one
     * relations (a join column each, in the embedding table), by path.
     */
    static List<BasicValue> of(TypeElement embeddable, ValueOverrides overrides, boolean propertyAccess,
                               List<Attribute> unsupported, Map<String, Attribute> relations) {
        List<BasicValue> values = new ArrayList<>();
        collect(embeddable, "", overrides, propertyAccess, values, unsupported, relations, 0);
        return values;
    }

    /** The {@code @AssociationOverride}s on an element, by attribute path. */
    static Map<String, AnnotationMirror> associationOverrides(javax.lang.model.element.Element element) {
        Map<String, AnnotationMirror> overrides = new HashMap<>();
        for (AnnotationMirror override : Annotations.repeated(element, Jpa.ASSOCIATION_OVERRIDE,
                Jpa.ASSOCIATION_OVERRIDES)) {
            Annotations.string(override, "name").ifPresent(name -> overrides.put(name, override));
        }
        return overrides;
    }

    private static void collect(TypeElement embeddable, String prefix, ValueOverrides overrides,
                                boolean propertyAccess, List<BasicValue> values, List<Attribute> unsupported,
                                Map<String, Attribute> relations, int depth) {
        for (Attribute attribute : PersistentAttributes.ofEmbeddable(embeddable, propertyAccess)) {
            String path = prefix + attribute.name();
            Optional<TypeElement> nested = embeddable(attribute.type());
            if (nested.isPresent() && depth < 8) {
                ValueOverrides inner = overrides.over(ValueOverrides.on(attribute.element()).under(path + "."));
                collect(nested.get(), path + ".", inner, propertyAccess, values, unsupported, relations, depth + 1);
            } else if (relations != null && Relations.isOwningToOne(attribute.element())) {
                relations.put(path, attribute);
            } else if (Relations.isRelationOrCollection(attribute.element())) {
                unsupported.add(attribute);
            } else {
                Optional<AnnotationMirror> column = Optional.ofNullable(overrides.columns().get(path))
                        .or(() -> Annotations.find(attribute.element(), Jpa.COLUMN));
                String name = column.flatMap(c -> Annotations.string(c, "name")).filter(n -> !n.isBlank())
                        .orElse(attribute.name());
                values.add(new BasicValue(attribute.element(), name, attribute.type(), column, true, "",
                        Optional.ofNullable(overrides.converts().get(path))));
            }
        }
    }
}
