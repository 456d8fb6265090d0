package dev.retort.diff;

import dev.retort.schema.Column;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A schema with the names of its indexes and constraints left out: what {@link SchemaDiff} promises
 * to reproduce, its SQL schemas included. Each table keeps its columns and key; its indexes and constraints become a sorted list
 * of their shapes, so two objects of one shape count twice.
 */
record SchemaShapes(Set<String> namespaces, Map<String, TableShape> tables, Map<String, Sequence> sequences) {

    record TableShape(Map<String, Column> columns, PrimaryKey primaryKey, List<String> constraints) {}

    static SchemaShapes of(Schema schema) {
        Map<String, TableShape> tables = new TreeMap<>();
        for (Table table : schema.tables().values()) {
            List<String> shapes = table.constraints().values().stream()
                    .map(c -> SchemaGenerator.renamed(c, "_").toString())
                    .sorted().toList();
            tables.put(table.name(), new TableShape(new TreeMap<>(table.columns()), table.primaryKey(), shapes));
        }
        return new SchemaShapes(new TreeSet<>(schema.namespaces()), tables, new TreeMap<>(schema.sequences()));
    }
}
