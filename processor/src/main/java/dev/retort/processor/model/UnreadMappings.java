package dev.retort.processor.model;

import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.util.Annotations;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The JPA annotations that change the schema Hibernate creates but that Retort does not read yet.
 * Each is an error on the element that carries it, so the expected schema is never silently wrong.
 */
final class UnreadMappings {

    private static final List<String> ON_ATTRIBUTES = List.of(Jpa.CONVERT, Jpa.CONVERTS, Jpa.MAPS_ID,
            Jpa.ASSOCIATION_OVERRIDE, Jpa.ASSOCIATION_OVERRIDES, Jpa.TABLE_GENERATOR);
    private static final List<String> ON_TYPES = List.of(Jpa.CONVERT, Jpa.CONVERTS, Jpa.ASSOCIATION_OVERRIDE,
            Jpa.ASSOCIATION_OVERRIDES, Jpa.TABLE_GENERATOR);

    private final Reporter reporter;
    /** An attribute of a base model is seen once per entity; each of its annotations is reported once. */
    private final Set<Map.Entry<Element, String>> reported = new HashSet<>();

    UnreadMappings(Reporter reporter) {
        this.reporter = reporter;
    }

    void report(TypeElement entity, List<Attribute> attributes) {
        for (String annotation : ON_TYPES) {
            Annotations.find(entity, annotation).ifPresent(a -> report(entity, annotation, entity.getSimpleName()));
        }
        Annotations.find(entity, Jpa.TABLE).ifPresent(table -> {
            for (String member : List.of("schema", "catalog")) {
                if (Annotations.string(table, member).filter(s -> !s.isBlank()).isPresent()) {
                    report(entity, "@Table(" + member + ")", entity.getSimpleName());
                }
            }
        });
        for (Attribute attribute : attributes) {
            Element element = attribute.element();
            for (String annotation : ON_ATTRIBUTES) {
                Annotations.find(element, annotation).ifPresent(a -> report(element, annotation, attribute.name()));
            }
            Annotations.find(element, Jpa.GENERATED_VALUE).flatMap(g -> Annotations.value(g, "strategy"))
                    .filter(v -> v.getValue() instanceof VariableElement c && c.getSimpleName().contentEquals("TABLE"))
                    .ifPresent(v -> report(element, "@GeneratedValue(strategy = TABLE)", attribute.name()));
        }
    }

    /** A converter with {@code autoApply} changes the column of every attribute of its type, unannotated. */
    void reportAutoAppliedConverters(Iterable<? extends Element> elements) {
        for (Element element : elements) {
            if (element instanceof TypeElement type) {
                Annotations.find(type, Jpa.CONVERTER).flatMap(c -> Annotations.value(c, "autoApply"))
                        .filter(v -> Boolean.TRUE.equals(v.getValue()))
                        .ifPresent(v -> report(type, "@Converter(autoApply = true)", type.getSimpleName()));
                reportAutoAppliedConverters(ElementFilter.typesIn(type.getEnclosedElements()));
            }
        }
    }

    private void report(Element element, String annotation, CharSequence where) {
        if (reported.add(Map.entry(element, annotation))) {
            String name = annotation.startsWith("@") ? annotation
                    : "@" + annotation.substring(annotation.lastIndexOf('.') + 1);
            reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(element),
                    ProcessorErrors.unreadAnnotation(name, where.toString()));
        }
    }
}
