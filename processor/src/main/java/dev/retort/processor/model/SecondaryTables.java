package dev.retort.processor.model;

import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.util.Annotations;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identifiers;
import dev.retort.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * An entity's {@code @SecondaryTable}s, as Hibernate creates them: a table keyed by the entity's key
 * (its columns named by {@code pkJoinColumns}, matched by {@code referencedColumnName} or in order,
 * else as the entity's), with a foreign key to the entity's table, holding the columns whose
 * {@code @Column(table)} or {@code @JoinColumn(table)} names it.
 */
final class SecondaryTables {

    private final Map<String, TableDraft> tables;
    private final PhysicalNames fold;
    private final Reporter reporter;
    /** By entity: each secondary table's annotation, by the name as the annotation writes it. */
    private final Map<TypeElement, Map<String, AnnotationMirror>> declared = new HashMap<>();

    SecondaryTables(ModelContext context) {
        this.tables = context.tables();
        this.fold = context.names();
        this.reporter = context.reporter();
    }

    /** The entity's secondary tables, with their keys; the entity's own key must be known. */
    void declare(EntityTable entity) {
        Map<String, AnnotationMirror> byName = new LinkedHashMap<>();
        List<String> primaryKey = tables.get(entity.table()).primaryKey;
        for (AnnotationMirror secondary : Annotations.repeated(entity.type(), Jpa.SECONDARY_TABLE, Jpa.SECONDARY_TABLES)) {
            String written = Annotations.string(secondary, "name").orElse("");
            byName.put(written, secondary);
            if (entity.idColumns().isEmpty()) {
                continue;
            }
            TableDraft draft = tables.computeIfAbsent(physicalName(secondary), n -> new TableDraft(n, entity.type()));
            Map<String, String> keyColumns = keyColumns(entity, secondary);
            for (Column key : entity.idColumns()) {
                draft.addColumn(new Column(keyColumns.get(key.name()), key.type(), false, null, false), entity.type());
            }
            List<String> columns = primaryKey.stream().map(keyColumns::get).toList();
            draft.primaryKey.clear();
            draft.primaryKey.addAll(columns);
            String foreignKeyName = Annotations.value(secondary, "foreignKey").map(v -> (AnnotationMirror) v.getValue())
                    .flatMap(fk -> Annotations.string(fk, "name")).filter(n -> !n.isBlank()).map(fold)
                    .orElse("fk_" + Identifiers.namePart(draft.name) + "_" + Identifiers.namePart(entity.table()));
            if (!ForeignKeyModes.noConstraint(Optional.of(secondary), "foreignKey")) {
                draft.addConstraint(new ForeignKey(foreignKeyName, columns, entity.table(), primaryKey,
                        ReferentialAction.NO_ACTION), entity.type());
            }
        }
        declared.put(entity.type(), byName);
    }

    /** The entity's secondary table annotations, by their tables' physical names. */
    Map<String, AnnotationMirror> of(EntityTable entity) {
        Map<String, AnnotationMirror> byTable = new LinkedHashMap<>();
        declared.getOrDefault(entity.type(), Map.of()).values().forEach(a -> byTable.put(physicalName(a), a));
        return byTable;
    }

    /**
     * The table a column goes into: the entity's, or the secondary table its {@code @Column} or
     * {@code @JoinColumn} names; empty, and reported, when it names neither.
     */
    Optional<TableDraft> target(EntityTable entity, TableDraft primary, Element element, String attribute,
                                Optional<AnnotationMirror> column) {
        String table = column.flatMap(c -> Annotations.string(c, "table")).filter(t -> !t.isBlank()).orElse("");
        if (table.isEmpty()) {
            return Optional.of(primary);
        }
        Map<String, AnnotationMirror> byName = declared.getOrDefault(entity.type(), Map.of());
        AnnotationMirror secondary = byName.get(table);
        if (secondary == null) {
            secondary = byName.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(table))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (secondary != null) {
            return Optional.ofNullable(tables.get(physicalName(secondary)));
        }
        if (fold.apply(table).equals(Identifiers.localName(entity.table()))) {
            return Optional.of(primary);
        }
        reporter.report(Check.INVALID_MAPPING, Location.ofMember(element, column.orElseThrow(), "table"),
                ProcessorErrors.unknownSecondaryTable(attribute, table, entity.type()));
        return Optional.empty();
    }

    private String physicalName(AnnotationMirror secondary) {
        return QualifiedNames.qualify(Optional.of(secondary), fold.apply(Annotations.string(secondary, "name")
                .orElse("")), fold);
    }

    /** The secondary table's key column for each of the entity's key columns. */
    private Map<String, String> keyColumns(EntityTable entity, AnnotationMirror secondary) {
        List<AnnotationMirror> joins = Annotations.annotations(secondary, "pkJoinColumns");
        Map<String, String> names = new HashMap<>();
        List<Column> keys = new ArrayList<>(entity.idColumns());
        for (int i = 0; i < keys.size(); i++) {
            Column key = keys.get(i);
            names.put(key.name(), ReferencedColumns.name(joins, i, key, fold, key.name()));
        }
        return names;
    }
}
