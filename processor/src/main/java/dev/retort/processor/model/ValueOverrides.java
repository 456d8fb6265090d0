package dev.retort.processor.model;

import dev.retort.processor.util.Annotations;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * What an embedding attribute says of the values inside its embeddable, by attribute path
 * ({@code "address.city"}): the {@code @Column} of each {@code @AttributeOverride}, and each
 * {@code @Convert(attributeName)}.
 */
record ValueOverrides(Map<String, AnnotationMirror> columns, Map<String, AnnotationMirror> converts) {

    static final ValueOverrides NONE = new ValueOverrides(Map.of(), Map.of());

    ValueOverrides {
        columns = Map.copyOf(columns);
        converts = Map.copyOf(converts);
    }

    /** The overrides and conversions declared on an element. */
    static ValueOverrides on(Element element) {
        Map<String, AnnotationMirror> columns = new HashMap<>();
        for (AnnotationMirror override : Annotations.repeated(element, Jpa.ATTRIBUTE_OVERRIDE, Jpa.ATTRIBUTE_OVERRIDES)) {
            Optional<String> name = Annotations.string(override, "name");
            Optional<AnnotationMirror> column = Annotations.value(override, "column")
                    .map(v -> v.getValue()).filter(AnnotationMirror.class::isInstance).map(AnnotationMirror.class::cast);
            if (name.isPresent() && column.isPresent()) {
                columns.put(name.get(), column.get());
            }
        }
        Map<String, AnnotationMirror> converts = new HashMap<>();
        for (AnnotationMirror convert : Annotations.repeated(element, Jpa.CONVERT, Jpa.CONVERTS)) {
            Annotations.string(convert, "attributeName").filter(n -> !n.isBlank())
                    .ifPresent(name -> converts.put(name, convert));
        }
        return new ValueOverrides(columns, converts);
    }

    /** The entries under a path ({@code "key."} of a map), without it. */
    ValueOverrides within(String prefix) {
        return new ValueOverrides(within(columns, prefix), within(converts, prefix));
    }

    /** These entries, each path put under a prefix. */
    ValueOverrides under(String prefix) {
        Map<String, AnnotationMirror> columns = new HashMap<>();
        this.columns.forEach((path, column) -> columns.put(prefix + path, column));
        Map<String, AnnotationMirror> converts = new HashMap<>();
        this.converts.forEach((path, convert) -> converts.put(prefix + path, convert));
        return new ValueOverrides(columns, converts);
    }

    /** These entries, and the other's where these have none: an outer attribute's win over an inner one's. */
    ValueOverrides over(ValueOverrides other) {
        Map<String, AnnotationMirror> columns = new HashMap<>(other.columns);
        columns.putAll(this.columns);
        Map<String, AnnotationMirror> converts = new HashMap<>(other.converts);
        converts.putAll(this.converts);
        return new ValueOverrides(columns, converts);
    }

    private static Map<String, AnnotationMirror> within(Map<String, AnnotationMirror> entries, String prefix) {
        Map<String, AnnotationMirror> found = new HashMap<>();
        entries.forEach((path, value) -> {
            if (path.startsWith(prefix)) {
                found.put(path.substring(prefix.length()), value);
            }
        });
        return found;
    }
}
