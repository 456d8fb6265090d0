package dev.retort.processor.model;

import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.util.Annotations;
import dev.retort.schema.Column;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The attribute that writes each column of the entity being mapped: Hibernate refuses a column that
 * two attributes insert or update. A read-only mapping ({@code insertable = false, updatable =
 * false}) may share it.
 */
final class ColumnWriters {

    private final Reporter reporter;
    /** By "table column". */
    private final Map<String, Element> writers = new HashMap<>();

    ColumnWriters(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Starts on another entity. */
    void clear() {
        writers.clear();
    }

    /**
     * Whether the column has one writer so far; a second writer is an error on its attribute.
     *
     * @param mapping the {@code @Column} or {@code @JoinColumn} that maps it, if any
     * @param owner the entity's attribute that maps it (an embedded one, for its values)
     */
    boolean writtenOnce(TableDraft draft, Column column, Optional<AnnotationMirror> mapping, Element owner) {
        boolean writes = mapping.flatMap(m -> Annotations.bool(m, "insertable")).orElse(true)
                || mapping.flatMap(m -> Annotations.bool(m, "updatable")).orElse(true);
        if (!writes) {
            return true;
        }
        Element first = writers.putIfAbsent(draft.name + " " + column.name(), owner);
        if (first == null) {
            return true;
        }
        reporter.report(Check.INVALID_MAPPING, Location.of(owner),
                ProcessorErrors.columnWrittenTwice(draft.name, column.name(), first, owner));
        return false;
    }
}
