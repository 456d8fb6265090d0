package dev.retort.processor.model;

import dev.retort.schema.Schema;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * The schema the entity model expects, with the element each table, column and constraint comes
 * from, so that drift is reported on the entity or field that asks for it.
 *
 * @param tableOrigins by table name: the entity (or collection field, for a join or collection table)
 * @param columnOrigins by {@code table.column}: the field or property (or entity) that maps it
 * @param constraintOrigins by {@code table.constraint}: the field or entity that declares it
 * @param sequenceOrigins by sequence name: the id (or, for an id of a base class, the entity) it generates
 */
public record EntityModel(Schema schema, Map<String, Element> tableOrigins, Map<String, Element> columnOrigins,
                          Map<String, Element> constraintOrigins, Map<String, Element> sequenceOrigins,
                          boolean foundEntities) {

    public EntityModel {
        tableOrigins = Map.copyOf(tableOrigins);
        columnOrigins = Map.copyOf(columnOrigins);
        constraintOrigins = Map.copyOf(constraintOrigins);
        sequenceOrigins = Map.copyOf(sequenceOrigins);
    }

    /** The element whose id a sequence generates. */
    public Optional<Element> originOfSequence(String sequence) {
        return Optional.ofNullable(sequenceOrigins.get(sequence));
    }

    public Optional<Element> originOfTable(String table) {
        return Optional.ofNullable(tableOrigins.get(table));
    }

    /** The element that maps a column, else the one that maps its table. */
    public Optional<Element> originOfColumn(String table, String column) {
        return Optional.ofNullable(columnOrigins.get(table + "." + column)).or(() -> originOfTable(table));
    }

    /** The element that declares a constraint, else the one that maps its table. */
    public Optional<Element> originOfConstraint(String table, String constraint) {
        return Optional.ofNullable(constraintOrigins.get(table + "." + constraint)).or(() -> originOfTable(table));
    }
}
