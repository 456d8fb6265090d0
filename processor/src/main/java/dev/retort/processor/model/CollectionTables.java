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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
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
    private final HibernateTarget target;
    private final Reporter reporter;
    /** The entity a type is, if it is one: a map's key may be. */
    private final Function<TypeMirror, Optional<EntityTable>> entities;
    /** Whether a foreign key may reference the entity (not a TABLE_PER_CLASS entity with subclasses). */
    private final Predicate<EntityTable> referenceable;

    CollectionTables(ModelContext context, BasicColumns basicColumns) {
        this.target = context.target();
        this.tables = context.tables();
        this.fold = context.names();
        this.basicColumns = basicColumns;
        this.reporter = context.reporter();
        this.entities = context::targetEntity;
        this.referenceable = context::referenceable;
    }

    void elementCollection(EntityTable owner, Attribute attribute, boolean propertyAccess) {
        Element element = attribute.element();
        if (owner.idColumns().isEmpty() || isMap(attribute.type()) && !readableMapKey(attribute, false)) {
            return;
        }
        Optional<AnnotationMirror> collectionTable = Annotations.find(element, Jpa.COLLECTION_TABLE);
        String table = QualifiedNames.qualify(collectionTable, fold.apply(collectionTable
                .flatMap(t -> Annotations.string(t, "name")).filter(n -> !n.isBlank())
                .orElse(owner.entityName() + "_" + attribute.name())), fold);
        List<Column> joins = joinColumns(owner, collectionTable.map(t -> Annotations.annotations(t, "joinColumns"))
                .orElse(List.of()), owner.entityName());
        TableDraft draft = tables.computeIfAbsent(table, name -> new TableDraft(name, element));
        joins.forEach(join -> draft.addColumn(join, element));
        TypeMirror elementType = elementType(attribute.type());
        List<BasicValue> values = new ArrayList<>();
        Optional<TypeElement> embeddable = EmbeddedValues.embeddable(elementType);
        if (embeddable.isPresent()) {
            List<Attribute> unsupported = new ArrayList<>();
            ValueOverrides overrides = ValueOverrides.on(element);
            values.addAll(EmbeddedValues.of(embeddable.get(), overrides.within("value.").over(overrides),
                    propertyAccess, unsupported));
            unsupported.forEach(a -> reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(a.element()),
                    ProcessorErrors.unsupportedInEmbeddable(a.name())));
        } else {
            Optional<AnnotationMirror> column = Annotations.find(element, Jpa.COLUMN);
            values.add(new BasicValue(element, column.flatMap(c -> Annotations.string(c, "name"))
                    .filter(n -> !n.isBlank()).orElse(attribute.name()), elementType, column, true));
        }
        for (BasicValue value : values) {
            if (basicColumns.zoneInOwnColumn(value)) {
                reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(value.element()),
                        ProcessorErrors.zoneColumnInCollection(attribute.name()));
                continue;
            }
            Optional<Column> column = basicColumns.of(value, fold.apply(value.name()), false);
            if (column.isEmpty()) {
                continue;
            }
            draft.addColumn(column.get(), value.element());
            basicColumns.check(table, value, column.get()).ifPresent(check -> draft.addConstraint(check, element));
        }
        List<String> joinNames = names(joins);
        if (isMap(attribute.type())) {
            mapKey(draft, attribute).ifPresent(key -> setKey(draft, concat(joinNames, key)));
        } else {
            orderColumn(draft, attribute, joinNames, inDeclaredOrder(owner, joins));
        }
        if (!ForeignKeyModes.noConstraint(collectionTable, "foreignKey")) {
            foreignKey(draft, joins, owner, element);
        }
    }

    /**
     * A map's key columns, added to the table, NOT NULL: a basic key's ({@code @MapKeyColumn}, or
     * {@code <attribute>_KEY}), an entity key's join column ({@code @MapKeyJoinColumn}, or
     * {@code <attribute>_KEY}, with its foreign key), an embeddable key's columns. None for
     * {@code @MapKey}, whose key is an attribute of the entity values. Empty when a basic key's type
     * is not read (reported).
     */
    private Optional<List<String>> mapKey(TableDraft draft, Attribute attribute) {
        Element element = attribute.element();
        TypeMirror keyType = keyType(attribute);
        if (Annotations.find(element, Jpa.MAP_KEY).isPresent()) {
            return Optional.of(List.of());
        }
        Optional<EntityTable> keyEntity = entities.apply(keyType);
        Optional<TypeElement> keyEmbeddable = EmbeddedValues.embeddable(keyType);
        List<String> names = new ArrayList<>();
        if (keyEntity.isPresent()) {
            Column targetKey = keyEntity.get().idColumns().get(0);
            String name = fold.apply(Annotations.find(element, Jpa.MAP_KEY_JOIN_COLUMN)
                    .flatMap(c -> Annotations.string(c, "name")).filter(n -> !n.isBlank())
                    .orElse(attribute.name() + "_KEY"));
            Column column = new Column(name, targetKey.type(), false, null, false);
            draft.addColumn(column, element);
            if (!ForeignKeyModes.noConstraint(Annotations.find(element, Jpa.MAP_KEY_JOIN_COLUMN), "foreignKey")) {
                foreignKey(draft, List.of(column), keyEntity.get(), element);
            }
            names.add(name);
        } else if (keyEmbeddable.isPresent()) {
            List<Attribute> unsupported = new ArrayList<>();
            for (BasicValue value : EmbeddedValues.of(keyEmbeddable.get(), ValueOverrides.on(element).within("key."),
                    false, unsupported)) {
                basicColumns.of(value, fold.apply(value.name()), false).map(c -> c.withNullable(false))
                        .ifPresent(column -> {
                            draft.addColumn(column, value.element());
                            names.add(column.name());
                        });
            }
            unsupported.forEach(a -> reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(a.element()),
                    ProcessorErrors.unsupportedInEmbeddable(a.name())));
        } else {
            Optional<AnnotationMirror> keyColumn = Annotations.find(element, Jpa.MAP_KEY_COLUMN);
            BasicValue key = new BasicValue(element, keyColumn.flatMap(c -> Annotations.string(c, "name"))
                    .filter(n -> !n.isBlank()).orElse(attribute.name() + "_KEY"), keyType, keyColumn, false, "key");
            Optional<Column> column = basicColumns.of(key, fold.apply(key.name()), false).map(c -> c.withNullable(false));
            if (column.isEmpty()) {
                return Optional.empty();
            }
            draft.addColumn(column.get(), element);
            basicColumns.check(draft.name, key, column.get()).ifPresent(check -> draft.addConstraint(check, element));
            names.add(column.get().name());
        }
        return Optional.of(names);
    }

    /**
     * Whether Retort reads the map's key: not {@code @MapKeyClass}, not {@code @MapKey} but on a map
     * of entities, not an entity with a composite key. Reported when not.
     */
    private boolean readableMapKey(Attribute attribute, boolean entityValues) {
        Element element = attribute.element();
        boolean readable = Annotations.find(element, Jpa.MAP_KEY_CLASS).isEmpty()
                && (entityValues || Annotations.find(element, Jpa.MAP_KEY).isEmpty())
                && entities.apply(keyType(attribute)).filter(k -> k.idColumns().size() != 1).isEmpty();
        if (!readable) {
            reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(element),
                    ProcessorErrors.unsupportedMap(attribute.name()));
        }
        return readable;
    }

    private static TypeMirror keyType(Attribute attribute) {
        return ((DeclaredType) attribute.type()).getTypeArguments().get(0);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * The join table of a unidirectional one-to-many: as a many-to-many's, each target row in it once,
     * by a unique key on the target's columns; Hibernate 7 makes those the primary key of a set's instead.
     */
    void oneToMany(EntityTable owner, Attribute attribute, EntityTable target, Optional<AnnotationMirror> override) {
        manyToMany(owner, attribute, target, Optional.empty(), override).ifPresent(joinTable -> {
            TableDraft draft = joinTable.draft();
            if (this.target.generation().atLeast7() && isSet(attribute.type())) {
                setKey(draft, joinTable.targetColumns());
                return;
            }
            draft.addConstraint(new UniqueConstraint("uk_" + Identifiers.namePart(draft.name) + "_"
                    + String.join("_", joinTable.targetColumns()), joinTable.targetColumns()), attribute.element());
        });
    }

    /** A join table, and its columns that reference the target. */
    record JoinTable(TableDraft draft, List<String> targetColumns) {}

    /**
     * The join table of the owning side of a many-to-many: its {@code @JoinTable}, or the one an
     * {@code @AssociationOverride} gives it; empty when it cannot be read.
     */
    Optional<JoinTable> manyToMany(EntityTable owner, Attribute attribute, EntityTable target,
                                   Optional<Attribute> inverse, Optional<AnnotationMirror> override) {
        Element element = attribute.element();
        if (owner.idColumns().isEmpty() || target.idColumns().isEmpty()
                || isMap(attribute.type()) && !readableMapKey(attribute, true)) {
            return Optional.empty();
        }
        Optional<AnnotationMirror> joinTable = override.or(() -> Annotations.find(element, Jpa.JOIN_TABLE));
        String table = QualifiedNames.qualify(joinTable, fold.apply(joinTable
                .flatMap(t -> Annotations.string(t, "name")).filter(n -> !n.isBlank())
                .orElse(fold.joinTable(Identifiers.localName(owner.table()), Identifiers.localName(target.table()),
                        attribute.name()))), fold);
        List<Column> joins = joinColumns(owner, joinTable.map(t -> Annotations.annotations(t, "joinColumns"))
                .orElse(List.of()), inverse.map(Attribute::name).orElse(owner.entityName()));
        List<Column> inverseJoins = joinColumns(target, joinTable
                .map(t -> Annotations.annotations(t, "inverseJoinColumns")).orElse(List.of()), attribute.name());
        TableDraft draft = tables.computeIfAbsent(table, name -> new TableDraft(name, element));
        joins.forEach(join -> draft.addColumn(join, element));
        inverseJoins.forEach(join -> draft.addColumn(join, element));
        if (isMap(attribute.type())) {
            Optional<List<String>> key = mapKey(draft, attribute);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            setKey(draft, concat(names(joins), key.get().isEmpty() ? names(inverseJoins) : key.get()));
        } else if (isSet(attribute.type())) {
            setKey(draft, concat(names(joins), names(inverseJoins)));
        }
        orderColumn(draft, attribute, names(joins), inDeclaredOrder(owner, joins));
        if (!ForeignKeyModes.noConstraint(joinTable, "foreignKey")) {
            foreignKey(draft, joins, owner, element);
        }
        if (!ForeignKeyModes.noConstraint(joinTable, "inverseForeignKey")) {
            foreignKey(draft, inverseJoins, target, element);
        }
        return Optional.of(new JoinTable(draft, names(inverseJoins)));
    }

    /**
     * A join column per column of the entity's key, in the order of its primary key: named by the
     * {@code @JoinColumn} that references it ({@code referencedColumnName}, else in order), else
     * {@code <prefix>_<key column>}.
     */
    private List<Column> joinColumns(EntityTable entity, List<AnnotationMirror> joins, String prefix) {
        List<String> keyOrder = tables.get(entity.table()).primaryKey;
        List<Column> keys = entity.idColumns().stream()
                .sorted(Comparator.comparingInt((Column c) -> keyOrder.indexOf(c.name()))).toList();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Column key = keys.get(i);
            String name = ReferencedColumns.name(joins, i, key, fold, fold.apply(prefix + "_" + key.name()));
            columns.add(new Column(name, key.type(), false, null, false));
        }
        return columns;
    }

    /** The foreign key of join columns to the entity's primary key, where one can reference it. */
    private void foreignKey(TableDraft draft, List<Column> joins, EntityTable entity, Element element) {
        if (!referenceable.test(entity)) {
            return;
        }
        draft.addConstraint(new ForeignKey("fk_" + Identifiers.namePart(draft.name) + "_" + joins.get(0).name(),
                names(joins), entity.table(), tables.get(entity.table()).primaryKey, ReferentialAction.NO_ACTION),
                element);
    }

    /**
     * The join columns (which {@link #joinColumns} gives in the key's order) in the order the owner
     * declares its id's attributes, as Hibernate lists them in a unique key.
     */
    private List<String> inDeclaredOrder(EntityTable owner, List<Column> joins) {
        List<String> keyOrder = tables.get(owner.table()).primaryKey;
        List<Column> keys = owner.idColumns().stream()
                .sorted(Comparator.comparingInt((Column c) -> keyOrder.indexOf(c.name()))).toList();
        return IntStream.range(0, Math.min(joins.size(), keys.size())).boxed()
                .sorted(Comparator.comparingInt(i -> owner.idColumns().indexOf(keys.get(i))))
                .map(i -> joins.get(i).name()).toList();
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * {@code @OrderColumn}: an integer column, and the key (order, owner) Hibernate gives the list. A
     * set is keyed by all its columns; one with a nullable column cannot be, and Hibernate 7 makes them
     * unique instead.
     */
    private void orderColumn(TableDraft draft, Attribute attribute, List<String> joinNames,
                             List<String> declaredJoins) {
        Optional<AnnotationMirror> order = Annotations.find(attribute.element(), Jpa.ORDER_COLUMN);
        if (order.isEmpty()) {
            if (isSet(attribute.type()) && draft.primaryKey.isEmpty()) {
                if (draft.columns.values().stream().noneMatch(Column::nullable)) {
                    setKey(draft, List.copyOf(draft.columns.keySet()));
                } else if (target.generation().atLeast7()) {
                    List<String> unique = new ArrayList<>(declaredJoins);
                    draft.columns.keySet().stream().filter(c -> !joinNames.contains(c)).forEach(unique::add);
                    draft.addConstraint(new UniqueConstraint("uk_" + Identifiers.namePart(draft.name), unique),
                            attribute.element());
                }
            }
            return;
        }
        String name = fold.apply(Annotations.string(order.get(), "name").filter(n -> !n.isBlank())
                .orElse(attribute.name() + "_ORDER"));
        draft.addColumn(new Column(name, dev.retort.schema.SqlType.of(dev.retort.schema.SqlType.Kind.INTEGER), false,
                null, false), attribute.element());
        orderCheck(target, draft, name, attribute.element());
        List<String> key = new ArrayList<>(joinNames);
        key.add(0, name);
        setKey(draft, key);
    }

    /** Hibernate 7 keeps an order column's positions at zero or more. */
    static void orderCheck(HibernateTarget target, TableDraft draft, String column, Element origin) {
        if (target.generation().atLeast7()) {
            draft.addConstraint(new dev.retort.schema.CheckConstraint("ck_" + Identifiers.namePart(draft.name) + "_" + column,
                    column + " >= 0"), origin);
        }
    }

    private void setKey(TableDraft draft, List<String> columns) {
        draft.primaryKey.clear();
        draft.primaryKey.addAll(KeyOrder.of(columns.stream().map(draft.columns::get).toList(), fold));
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
