package dev.retort.processor.model;

import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.util.Annotations;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The tables of collections, as Hibernate creates them: {@code @ElementCollection} (basic or
 * embeddable elements, with {@code @CollectionTable} and {@code @OrderColumn}) and the join table of
 * an owning {@code @ManyToMany} (with {@code @JoinTable}). A set gets a primary key over its join
 * columns; a list with an order column, over the key and the order; a plain list (a bag), none.
 */
final class CollectionTables {

    private final Map<String, TableDraft> tables;
    private final PhysicalNames fold;
    private final BasicColumns basicColumns;
    private final Reporter reporter;

    CollectionTables(Map<String, TableDraft> tables, PhysicalNames fold, BasicColumns basicColumns,
                     Reporter reporter) {
        this.tables = tables;
        this.fold = fold;
        this.basicColumns = basicColumns;
        this.reporter = reporter;
    }

    void elementCollection(EntityTable owner, Attribute attribute, boolean propertyAccess) {
        Element element = attribute.element();
        if (!single(owner, element) || isMap(attribute.type()) && !readableMap(attribute)) {
            return;
        }
        Optional<AnnotationMirror> collectionTable = Annotations.find(element, Jpa.COLLECTION_TABLE);
        String table = QualifiedNames.qualify(collectionTable, fold.apply(collectionTable
                .flatMap(t -> Annotations.string(t, "name")).filter(n -> !n.isBlank())
                .orElse(owner.entityName() + "_" + attribute.name())), fold);
        Column key = owner.idColumns().get(0);
        String joinName = fold.apply(collectionTable.map(t -> Annotations.annotations(t, "joinColumns")).orElse(List.of())
                .stream().findFirst().flatMap(j -> Annotations.string(j, "name")).filter(n -> !n.isBlank())
                .orElse(owner.entityName() + "_" + key.name()));
        TableDraft draft = tables.computeIfAbsent(table, name -> new TableDraft(name, element));
        Column join = new Column(joinName, key.type(), false, null, false);
        draft.addColumn(join, element);
        TypeMirror elementType = elementType(attribute.type());
        List<BasicValue> values = new ArrayList<>();
        Optional<TypeElement> embeddable = EmbeddedValues.embeddable(elementType);
        if (embeddable.isPresent()) {
            List<Attribute> unsupported = new ArrayList<>();
            values.addAll(EmbeddedValues.of(embeddable.get(), EmbeddedValues.overrides(element, ""), propertyAccess,
                    unsupported));
            unsupported.forEach(a -> reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(a.element()),
                    ProcessorErrors.unsupportedInEmbeddable(a.name())));
        } else {
            Optional<AnnotationMirror> column = Annotations.find(element, Jpa.COLUMN);
            values.add(new BasicValue(element, column.flatMap(c -> Annotations.string(c, "name"))
                    .filter(n -> !n.isBlank()).orElse(attribute.name()), elementType, column, true));
        }
        for (BasicValue value : values) {
            Optional<Column> column = basicColumns.of(value, fold.apply(value.name()), false);
            if (column.isEmpty()) {
                continue;
            }
            draft.addColumn(column.get(), value.element());
            basicColumns.check(table, value, column.get()).ifPresent(check -> draft.addConstraint(check, element));
        }
        if (isMap(attribute.type())) {
            mapKey(draft, attribute, joinName);
        } else {
            orderColumn(draft, attribute, joinName);
        }
        draft.addConstraint(new ForeignKey("fk_" + ConstraintNames.part(table) + "_" + joinName, List.of(joinName), owner.table(),
                List.of(key.name()), ReferentialAction.NO_ACTION), element);
    }

    /** A map's key: {@code @MapKeyColumn}, or {@code <attribute>_KEY}; with the owner, the table's key. */
    private void mapKey(TableDraft draft, Attribute attribute, String joinName) {
        Element element = attribute.element();
        Optional<AnnotationMirror> keyColumn = Annotations.find(element, Jpa.MAP_KEY_COLUMN);
        TypeMirror keyType = ((DeclaredType) attribute.type()).getTypeArguments().get(0);
        BasicValue key = new BasicValue(element, keyColumn.flatMap(c -> Annotations.string(c, "name"))
                .filter(n -> !n.isBlank()).orElse(attribute.name() + "_KEY"), keyType, keyColumn, false, "key");
        Optional<Column> column = basicColumns.of(key, fold.apply(key.name()), false).map(c -> c.withNullable(false));
        if (column.isEmpty()) {
            return;
        }
        draft.addColumn(column.get(), element);
        basicColumns.check(draft.name, key, column.get()).ifPresent(check -> draft.addConstraint(check, element));
        setKey(draft, List.of(joinName, column.get().name()));
    }

    /** The join table of a unidirectional one-to-many: as a many-to-many's, each target row in it once. */
    void oneToMany(EntityTable owner, Attribute attribute, EntityTable target) {
        manyToMany(owner, attribute, target, Optional.empty()).ifPresent(table -> {
            TableDraft draft = tables.get(table);
            String targetColumn = draft.columns.keySet().stream().skip(1).findFirst().orElseThrow();
            draft.addConstraint(new dev.retort.schema.UniqueConstraint("uk_" + ConstraintNames.part(table) + "_" + targetColumn,
                    List.of(targetColumn)), attribute.element());
        });
    }

    /** The join table of the owning side of a many-to-many; empty when it cannot be read. */
    Optional<String> manyToMany(EntityTable owner, Attribute attribute, EntityTable target, Optional<Attribute> inverse) {
        Element element = attribute.element();
        if (!single(owner, element) || !single(target, element)) {
            return Optional.empty();
        }
        if (isMap(attribute.type())) {
            reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(element), ProcessorErrors.unsupportedMap(attribute.name()));
            return Optional.empty();
        }
        Optional<AnnotationMirror> joinTable = Annotations.find(element, Jpa.JOIN_TABLE);
        String table = QualifiedNames.qualify(joinTable, fold.apply(joinTable
                .flatMap(t -> Annotations.string(t, "name")).filter(n -> !n.isBlank())
                .orElse(owner.entityName() + "_" + target.entityName())), fold);
        Column ownerKey = owner.idColumns().get(0);
        Column targetKey = target.idColumns().get(0);
        String joinName = fold.apply(joinColumnName(joinTable, "joinColumns")
                .orElse(inverse.map(Attribute::name).orElse(owner.entityName()) + "_" + ownerKey.name()));
        String inverseName = fold.apply(joinColumnName(joinTable, "inverseJoinColumns")
                .orElse(attribute.name() + "_" + targetKey.name()));
        TableDraft draft = tables.computeIfAbsent(table, name -> new TableDraft(name, element));
        draft.addColumn(new Column(joinName, ownerKey.type(), false, null, false), element);
        draft.addColumn(new Column(inverseName, targetKey.type(), false, null, false), element);
        if (isSet(attribute.type())) {
            setKey(draft, List.of(joinName, inverseName));
        }
        orderColumn(draft, attribute, joinName);
        draft.addConstraint(new ForeignKey("fk_" + ConstraintNames.part(table) + "_" + joinName, List.of(joinName), owner.table(),
                List.of(ownerKey.name()), ReferentialAction.NO_ACTION), element);
        draft.addConstraint(new ForeignKey("fk_" + ConstraintNames.part(table) + "_" + inverseName, List.of(inverseName), target.table(),
                List.of(targetKey.name()), ReferentialAction.NO_ACTION), element);
        return Optional.of(table);
    }

    /** {@code @OrderColumn}: an integer column, and the key (order, owner) Hibernate gives the list. */
    private void orderColumn(TableDraft draft, Attribute attribute, String joinName) {
        Optional<AnnotationMirror> order = Annotations.find(attribute.element(), Jpa.ORDER_COLUMN);
        if (order.isEmpty()) {
            if (isSet(attribute.type()) && draft.primaryKey.isEmpty()
                    && draft.columns.values().stream().noneMatch(Column::nullable)) {
                setKey(draft, List.copyOf(draft.columns.keySet()));
            }
            return;
        }
        String name = fold.apply(Annotations.string(order.get(), "name").filter(n -> !n.isBlank())
                .orElse(attribute.name() + "_ORDER"));
        draft.addColumn(new Column(name, dev.retort.schema.SqlType.of(dev.retort.schema.SqlType.Kind.INTEGER), false,
                null, false), attribute.element());
        setKey(draft, List.of(name, joinName));
    }

    private void setKey(TableDraft draft, List<String> columns) {
        draft.primaryKey.clear();
        draft.primaryKey.addAll(KeyOrder.of(columns.stream().map(draft.columns::get).toList(), fold));
    }

    private static Optional<String> joinColumnName(Optional<AnnotationMirror> joinTable, String member) {
        return joinTable.map(t -> Annotations.annotations(t, member)).orElse(List.of()).stream().findFirst()
                .flatMap(j -> Annotations.string(j, "name")).filter(n -> !n.isBlank());
    }

    /** A collection table needs a single-column key to join on; composite keys are not read yet. */
    private boolean single(EntityTable entity, Element element) {
        if (entity.idColumns().size() == 1) {
            return true;
        }
        if (!entity.idColumns().isEmpty()) {
            reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(element),
                    ProcessorErrors.unsupportedCompositeReference(element.getSimpleName().toString()));
        }
        return false;
    }

    /**
     * A map of basic or embeddable values keyed by a basic value is read; keys that are entities or
     * embeddables, or named by {@code @MapKey}, are reported.
     */
    private boolean readableMap(Attribute attribute) {
        Element element = attribute.element();
        List<? extends TypeMirror> arguments = attribute.type() instanceof DeclaredType declared
                ? declared.getTypeArguments() : List.of();
        boolean basicKey = arguments.size() == 2 && EmbeddedValues.embeddable(arguments.get(0)).isEmpty()
                && !(arguments.get(0) instanceof DeclaredType key && key.asElement() instanceof TypeElement type
                        && Annotations.find(type, Jpa.ENTITY).isPresent());
        if (basicKey && Annotations.find(element, Jpa.MAP_KEY).isEmpty()
                && Annotations.find(element, Jpa.MAP_KEY_CLASS).isEmpty()
                && Annotations.find(element, Jpa.MAP_KEY_JOIN_COLUMN).isEmpty()) {
            return true;
        }
        reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(element), ProcessorErrors.unsupportedMap(attribute.name()));
        return false;
    }

    static boolean isMap(TypeMirror type) {
        String name = erasedName(type);
        return name.equals("java.util.Map") || name.equals("java.util.SortedMap") || name.equals("java.util.HashMap")
                || name.equals("java.util.TreeMap") || name.equals("java.util.LinkedHashMap");
    }

    private static boolean isSet(TypeMirror type) {
        String name = erasedName(type);
        return name.equals("java.util.Set") || name.equals("java.util.SortedSet") || name.equals("java.util.HashSet")
                || name.equals("java.util.TreeSet") || name.equals("java.util.LinkedHashSet");
    }

    private static String erasedName(TypeMirror type) {
        return type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element
                ? element.getQualifiedName().toString() : "";
    }

    /** The element type of a collection ({@code List<Show>} gives {@code Show}). */
    static TypeMirror elementType(TypeMirror type) {
        if (type instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            return arguments.get(arguments.size() - 1);
        }
        return type;
    }
}
