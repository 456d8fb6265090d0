package dev.retort.processor.model;

import dev.retort.schema.Column;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * An entity and its table, with the columns of its primary key and its own persistent attributes.
 * A subclass in a SINGLE_TABLE hierarchy shares its root's table, where its columns are all nullable.
 */
record EntityTable(TypeElement type, String entityName, String table, List<Column> idColumns,
                   List<Attribute> attributes, boolean subclassInSingleTable) {}
