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
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * The owning side of to-one relations: the join columns in the owner's table (or a secondary
 * table), the foreign key to the target and, for a one-to-one, a unique key.
 */
final class ToOneRelations {

    /** A relation read once every entity's columns are known, for the entity that declares it. */
    record Deferred(TypeElement entity, Runnable work) {}

    private final Map<String, TableDraft> tables;
    private final PhysicalNames fold;
    private final Reporter reporter;
    private final SecondaryTables secondaryTables;
    private final ColumnWriters writers;
    private final Function<TypeMirror, Optional<EntityTable>> entities;
    private final Predicate<EntityTable> referenceable;
    private final HibernateTarget target;
    private final List<Deferred> deferred = new ArrayList<>();

    ToOneRelations(ModelContext context, SecondaryTables secondaryTables, ColumnWriters writers) {
        this.target = context.target();
        this.tables = context.tables();
        this.fold = context.names();
        this.reporter = context.reporter();
        this.secondaryTables = secondaryTables;
        this.writers = writers;
        this.entities = context::targetEntity;
        this.referenceable = context::referenceable;
    }

    /** The relations to columns outside a key, to read once every entity's columns are known. */
    List<Deferred> deferred() {
        return List.copyOf(deferred);
    }

    /**
     * The owning side of a to-one relation: a join column per column of the target's key (named by
     * {@code @JoinColumn(s)}, matched by {@code referencedColumnName}, or {@code <attribute>_<key>}), a
     * foreign key over them in the order of the target's key, and for a one-to-one a unique key. Join
     * columns that reference other columns of the target are read once every entity is mapped.
     */
    void joinColumn(EntityTable entity, TableDraft primary, Attribute attribute, Optional<AnnotationMirror> override,
                    Element owner) {
        Element element = attribute.element();
        Optional<EntityTable> target = entities.apply(attribute.type());
        if (target.isEmpty()) {
            reporter.report(Check.RELATION_TARGET, Location.of(element),
                    ProcessorErrors.relationTargetNotEntity(attribute.name(), attribute.type()));
            return;
        }
        if (Annotations.find(element, Jpa.PRIMARY_KEY_JOIN_COLUMN).isPresent()
                || Annotations.find(element, Jpa.PRIMARY_KEY_JOIN_COLUMNS).isPresent()) {
            // The entities share their primary key: no join column, and Hibernate makes no foreign key.
            return;
        }
        List<AnnotationMirror> declared = override.map(o -> Annotations.annotations(o, "joinColumns"))
                .filter(j -> !j.isEmpty())
                .orElseGet(() -> Annotations.repeated(element, Jpa.JOIN_COLUMN, Jpa.JOIN_COLUMNS));
        List<String> keys = target.get().idColumns().stream().map(Column::name).toList();
        boolean outsideKey = declared.stream().map(this::referencedColumn)
                .anyMatch(r -> r.isPresent() && !keys.contains(r.get()));
        if (outsideKey) {
            deferred.add(new Deferred(entity.type(), () -> joinToUnique(entity, primary, attribute, target.get(),
                    declared)));
            return;
        }
        Map<String, AnnotationMirror> byKey = new LinkedHashMap<>();
        for (int i = 0; i < declared.size(); i++) {
            String key = referencedColumn(declared.get(i)).orElse(i < keys.size() ? keys.get(i) : "");
            byKey.put(key, declared.get(i));
        }
        if (!keys.isEmpty()) {
            joinTo(entity, primary, attribute, target.get(), target.get().idColumns(),
                    tables.get(target.get().table()).primaryKey, byKey, owner);
        }
    }

    /**
     * A to-one relation whose join columns reference columns outside the target's key: each must name
     * its referenced column, and those columns must be unique in the target's table, as a foreign key
     * needs them to be.
     */
    private void joinToUnique(EntityTable entity, TableDraft primary, Attribute attribute, EntityTable target,
                              List<AnnotationMirror> declared) {
        Element element = attribute.element();
        TableDraft targetDraft = tables.get(target.table());
        List<Column> referenced = new ArrayList<>();
        Map<String, AnnotationMirror> byColumn = new LinkedHashMap<>();
        for (AnnotationMirror join : declared) {
            Optional<String> name = referencedColumn(join);
            Column column = name.map(targetDraft.columns::get).orElse(null);
            if (column == null) {
                reporter.report(Check.INVALID_MAPPING, Location.ofMember(element, join, "referencedColumnName"),
                        ProcessorErrors.unknownReferencedColumn(attribute.name(), target.table(), name.orElse("")));
                return;
            }
            referenced.add(targetDraft.asReferenced(column));
            byColumn.put(column.name(), join);
        }
        List<String> names = referenced.stream().map(Column::name).toList();
        if (!targetDraft.isUnique(names)) {
            reporter.report(Check.INVALID_MAPPING, Location.ofMember(element, declared.get(0), "referencedColumnName"),
                    ProcessorErrors.referencedColumnsNotUnique(attribute.name(), target.table(), names));
            return;
        }
        joinTo(entity, primary, attribute, target, referenced, names, byColumn, null);
    }

    /** Hibernate's {@code @OnDelete(action)} on the relation: the foreign key's action; no action without it. */
    private static ReferentialAction onDelete(Element relation) {
        return Annotations.find(relation, HibernateAnnotations.ON_DELETE).flatMap(o -> Annotations.constant(o, "action"))
                .flatMap(name -> Arrays.stream(ReferentialAction.values()).filter(a -> a.name().equals(name)).findFirst())
                .orElse(ReferentialAction.NO_ACTION);
    }

    private Optional<String> referencedColumn(AnnotationMirror join) {
        return Annotations.string(join, "referencedColumnName").filter(n -> !n.isBlank()).map(fold);
    }

    /**
     * The join columns of a to-one relation, one per referenced column of the target (the
     * {@code @JoinColumn} of each by its name), and its foreign key in the order {@code keyOrder}.
     * {@code owner} is the entity's attribute that maps them, or null when the writers check is past.
     */
    private void joinTo(EntityTable entity, TableDraft primary, Attribute attribute, EntityTable target,
                        List<Column> referenced, List<String> keyOrder, Map<String, AnnotationMirror> joins,
                        Element owner) {
        Element element = attribute.element();
        Optional<TableDraft> into = secondaryTables.target(entity, primary, element, attribute.name(),
                joins.values().stream().findFirst());
        if (into.isEmpty()) {
            return;
        }
        TableDraft draft = into.get();
        // A Bean Validation @NotNull on the relation makes its join columns NOT NULL, as optional = false does.
        boolean optional = Annotations.find(element, Jpa.MANY_TO_ONE).or(() -> Annotations.find(element, Jpa.ONE_TO_ONE))
                .flatMap(r -> Annotations.bool(r, "optional")).orElse(true)
                && !(this.target.beanValidation()
                        && BeanValidationDdl.effects(element, owner == null ? element : owner).notNull());
        boolean mapsId = Annotations.find(element, Jpa.MAPS_ID).isPresent() || Annotations.find(element, Jpa.ID).isPresent();
        Map<String, String> names = new LinkedHashMap<>();
        for (Column key : referenced) {
            Optional<AnnotationMirror> join = Optional.ofNullable(joins.get(key.name()));
            String name = joinColumnName(attribute, join, key);
            boolean nullable = !mapsId && (optional && join.flatMap(j -> Annotations.bool(j, "nullable")).orElse(true)
                    || entity.subclassInSingleTable());
            Column column = new Column(name, key.type(), nullable, null, false);
            if (!draft.addColumn(column, element)) {
                reporter.report(Check.TABLE_CONFLICT, Location.of(element),
                        ProcessorErrors.columnConflict(draft.name, column, draft.columns.get(column.name())));
                return;
            }
            if (!mapsId && owner != null && !writers.writtenOnce(draft, column, join, owner)) {
                return;
            }
            names.put(key.name(), name);
        }
        List<String> columns = keyOrder.stream().map(names::get).toList();
        String foreignKeyName = joins.values().stream().findFirst()
                .flatMap(j -> Annotations.value(j, "foreignKey")).map(v -> (AnnotationMirror) v.getValue())
                .flatMap(fk -> Annotations.string(fk, "name")).filter(n -> !n.isBlank())
                .orElse("fk_" + Identifiers.namePart(draft.name) + "_" + String.join("_", columns));
        if (referenceable.test(target) && !ForeignKeyModes.noConstraint(joins.values().stream().findFirst(), "foreignKey")) {
            draft.addConstraint(new ForeignKey(foreignKeyName, columns, target.table(), keyOrder, onDelete(element)),
                    element);
        }
        boolean unique = joins.values().stream().anyMatch(j -> Annotations.bool(j, "unique").orElse(false));
        if (!mapsId && (Annotations.find(element, Jpa.ONE_TO_ONE).isPresent() || unique)) {
            List<String> uniqueColumns = List.copyOf(names.values());
            draft.addConstraint(new UniqueConstraint("uk_" + Identifiers.namePart(draft.name) + "_"
                    + String.join("_", uniqueColumns), uniqueColumns), element);
        }
    }

    /** The join column's {@code name}, or the attribute's name and the referenced key column's. */
    String joinColumnName(Attribute relation, Optional<AnnotationMirror> join, Column key) {
        return join.flatMap(j -> Annotations.string(j, "name")).filter(n -> !n.isBlank()).map(fold)
                .orElse(fold.apply(relation.name() + "_" + key.name()));
    }
}
