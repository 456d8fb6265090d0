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
import dev.retort.schema.SqlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The reader's first pass: each entity's table and primary key, which relations to it need, its
 * parent entity first; ids, generators, embedded ids, {@code @MapsId}, and the three inheritance
 * strategies.
 */
final class EntityDeclarations {

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;
    private final Map<TypeElement, EntityTable> entities;
    private final Map<String, TableDraft> tables;
    private final PhysicalNames names;
    private final IdGenerators generators;
    private final BasicColumns basicColumns;
    private final ToOneRelations toOne;
    /** The relations whose {@code @MapsId} made an id column; the others are reported. */
    private final Set<Element> appliedMapsIds;
    private final Function<TypeMirror, Optional<EntityTable>> targetEntity;
    /** Entities declared ahead of their turn, because an {@code @MapsId} needs their key. */
    private final Set<TypeElement> declaring = new HashSet<>();

    EntityDeclarations(ModelContext context, IdGenerators generators, BasicColumns basicColumns,
                       ToOneRelations toOne) {
        this.elements = context.elements();
        this.types = context.types();
        this.reporter = context.reporter();
        this.entities = context.entities();
        this.tables = context.tables();
        this.names = context.names();
        this.generators = generators;
        this.basicColumns = basicColumns;
        this.toOne = toOne;
        this.appliedMapsIds = context.appliedMapsIds();
        this.targetEntity = context::targetEntity;
    }

    /** First pass: the entity's table and primary key, which relations to it need; a parent entity first. */
    void declare(TypeElement type) {
        String entityName = Annotations.find(type, Jpa.ENTITY).flatMap(e -> Annotations.string(e, "name"))
                .filter(n -> !n.isBlank()).orElse(unqualified(type));
        TypeElement parent = Inheritance.parentEntity(type);
        if (parent != null) {
            if (!entities.containsKey(parent)) {
                declare(parent);
            }
            EntityTable parentTable = entities.get(parent);
            if (parentTable != null) {
                declareSubclass(type, entityName, parentTable);
            }
            return;
        }
        String table = tableName(type, entityName);
        List<Attribute> attributes = PersistentAttributes.of(type, types);
        List<Column> idColumns = new ArrayList<>();
        TableDraft draft = tables.computeIfAbsent(table, name -> new TableDraft(name, type));
        Optional<Attribute> mapsId = PersistentAttributes.idCount(attributes) != 1 ? Optional.empty()
                : attributes.stream().filter(a -> Annotations.find(a.element(), Jpa.MAPS_ID)
                        .filter(m -> Annotations.string(m, "value").orElse("").isBlank()).isPresent()).findFirst();
        for (Attribute attribute : attributes) {
            if (Annotations.find(attribute.element(), Jpa.EMBEDDED_ID).isPresent()) {
                embeddedId(type, draft, attribute, idColumns, mapsIdByPath(attributes));
                continue;
            }
            if (Annotations.find(attribute.element(), Jpa.ID).isEmpty()) {
                continue;
            }
            if (Relations.isOwningToOne(attribute.element())) {
                // A derived identity: the relation's join column is part of the key.
                Optional<Column> derived = derivedIdColumn(attribute);
                derived.ifPresent(column -> {
                    idColumns.add(column);
                    draft.addColumn(column, attribute.element());
                    draft.addKeyColumn(column.name());
                });
                if (derived.isEmpty()) {
                    reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(attribute.element()),
                            ProcessorErrors.unreadAnnotation("@Id on a relation to a composite key", attribute.name()));
                }
                continue;
            }
            Optional<SqlType> sqlType = basicColumns.idType(attribute);
            if (sqlType.isEmpty()) {
                continue;
            }
            boolean identity = IdGenerators.strategy(attribute).equals("IDENTITY");
            Column column = new Column(columnName(attribute), sqlType.get(), false, null, identity);
            if (mapsId.isPresent()) {
                Optional<Column> joined = mapsIdColumn(mapsId.get());
                if (joined.isEmpty()) {
                    continue;
                }
                column = joined.get();
            }
            idColumns.add(column);
            draft.addColumn(column, attribute.element());
            draft.addKeyColumn(column.name());
            generators.generate(type, logicalTableName(type, entityName), attribute, sqlType.get());
        }
        if (Inheritance.isUnion(type) && type.getModifiers().contains(Modifier.ABSTRACT)) {
            draft.exported = false;
        }
        if (Annotations.find(type, Jpa.DISCRIMINATOR_COLUMN).isPresent() && !Inheritance.isUnion(type)) {
            // Hibernate adds a declared discriminator even to a root without subclasses, and to a JOINED root.
            draft.addColumn(Inheritance.discriminator(type, names), type);
        }
        boolean declaresId = attributes.stream().anyMatch(a -> Annotations.find(a.element(), Jpa.ID).isPresent()
                || Annotations.find(a.element(), Jpa.EMBEDDED_ID).isPresent());
        if (!declaresId) {
            reporter.report(Check.ENTITY_WITHOUT_ID, Location.of(type), ProcessorErrors.entityWithoutId(type));
        } else if (idColumns.size() > 1) {
            draft.primaryKey.clear();
            draft.primaryKey.addAll(KeyOrder.of(idColumns, names));
        }
        entities.put(type, new EntityTable(type, entityName, table, idColumns, attributes, false));
    }

    /**
     * {@code @MapsId} on a to-one relation: the relation's join column is the primary key, typed as the
     * target's key. The target is declared first.
     */
    private Optional<Column> mapsIdColumn(Attribute relation) {
        Optional<Column> column = derivedIdColumn(relation);
        column.ifPresent(c -> appliedMapsIds.add(relation.element()));
        return column;
    }

    /**
     * The join column of a relation that is (part of) the entity's key, by {@code @MapsId} or
     * {@code @Id}: typed as the target's key, which is declared first. Empty for a target with a
     * composite key.
     */
    private Optional<Column> derivedIdColumn(Attribute relation) {
        Element element = relation.element();
        if (relation.type() instanceof DeclaredType declared && declared.asElement() instanceof TypeElement target
                && Annotations.find(target, Jpa.ENTITY).isPresent() && !entities.containsKey(target)
                && declaring.add(target)) {
            declare(target);
        }
        Optional<EntityTable> target = targetEntity.apply(relation.type());
        if (target.isEmpty() || target.get().idColumns().size() != 1) {
            return Optional.empty();
        }
        Column key = target.get().idColumns().get(0);
        return Optional.of(new Column(toOne.joinColumnName(relation, Annotations.find(element, Jpa.JOIN_COLUMN), key),
                key.type(), false, null, false));
    }

    /** The relations whose {@code @MapsId("attribute")} names an attribute of the embedded id, by that name. */
    private static Map<String, Attribute> mapsIdByPath(List<Attribute> attributes) {
        Map<String, Attribute> byPath = new HashMap<>();
        for (Attribute attribute : attributes) {
            Annotations.find(attribute.element(), Jpa.MAPS_ID).flatMap(m -> Annotations.string(m, "value"))
                    .filter(v -> !v.isBlank()).ifPresent(path -> byPath.put(path, attribute));
        }
        return byPath;
    }

    /**
     * The columns of an {@code @EmbeddedId}; an attribute that a relation's {@code @MapsId("attribute")}
     * names is that relation's join column instead.
     */
    private void embeddedId(TypeElement type, TableDraft draft, Attribute attribute, List<Column> idColumns,
                            Map<String, Attribute> mapsIdByPath) {
        Optional<TypeElement> key = EmbeddedValues.embeddable(attribute.type());
        if (key.isEmpty()) {
            reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(attribute.element()),
                    ProcessorErrors.unsupportedIdType(attribute.type()));
            return;
        }
        List<Attribute> unsupported = new ArrayList<>();
        for (BasicValue value : EmbeddedValues.of(key.get(), ValueOverrides.on(attribute.element()),
                PersistentAttributes.propertyAccess(type), unsupported)) {
            Attribute mappedBy = mapsIdByPath.get(value.element().getSimpleName().toString());
            Optional<Column> column = mappedBy != null ? mapsIdColumn(mappedBy)
                    : basicColumns.of(value, names.apply(value.name()), false);
            if (column.isEmpty()) {
                continue;
            }
            Column keyColumn = column.get().withNullable(false);
            idColumns.add(keyColumn);
            draft.addColumn(keyColumn, value.element());
            draft.addKeyColumn(keyColumn.name());
        }
        unsupported.forEach(a -> reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(a.element()),
                ProcessorErrors.unsupportedInEmbeddable(a.name())));
    }

    /**
     * A subclass entity: in its root's table with a discriminator (SINGLE_TABLE, the default), or in a
     * table of its own keyed by its parent's key (JOINED).
     */
    private void declareSubclass(TypeElement type, String entityName, EntityTable parent) {
        List<Attribute> attributes = PersistentAttributes.of(type, types);
        String strategy = Inheritance.strategy(type);
        if (strategy.equals("TABLE_PER_CLASS")) {
            unionSubclass(type, entityName, parent, attributes);
            return;
        }
        if (!strategy.equals("JOINED")) {
            TableDraft root = tables.get(parent.table());
            Column discriminator = Inheritance.discriminator(Inheritance.root(type), names);
            root.addColumn(discriminator, type);
            entities.put(type, new EntityTable(type, entityName, parent.table(), parent.idColumns(), attributes, true));
            return;
        }
        String table = tableName(type, entityName);
        TableDraft draft = tables.computeIfAbsent(table, name -> new TableDraft(name, type));
        List<Column> idColumns = new ArrayList<>();
        List<AnnotationMirror> keyJoins = Annotations.repeated(type, Jpa.PRIMARY_KEY_JOIN_COLUMN,
                Jpa.PRIMARY_KEY_JOIN_COLUMNS);
        List<String> parentKey = tables.get(parent.table()).primaryKey;
        for (int i = 0; i < parentKey.size(); i++) {
            Column referenced = tables.get(parent.table()).columns.get(parentKey.get(i));
            String name = ReferencedColumns.name(keyJoins, i, referenced, names, referenced.name());
            Column column = new Column(name, referenced.type(), false, null, false);
            idColumns.add(column);
            draft.addColumn(column, type);
        }
        // In the parent's key order, as the foreign key; the table's own key in Hibernate's column order.
        List<String> columns = idColumns.stream().map(Column::name).toList();
        draft.primaryKey.addAll(idColumns.size() > 1 ? KeyOrder.of(idColumns, names) : columns);
        Optional<AnnotationMirror> keyJoin = Annotations.find(type, Jpa.PRIMARY_KEY_JOIN_COLUMN)
                .or(() -> Annotations.find(type, Jpa.PRIMARY_KEY_JOIN_COLUMNS));
        if (!idColumns.isEmpty() && !ForeignKeyModes.noConstraint(keyJoin, "foreignKey")) {
            draft.addConstraint(new ForeignKey(
                    "fk_" + Identifiers.namePart(table) + "_" + Identifiers.namePart(parent.table()),
                    columns, parent.table(), parentKey, ReferentialAction.NO_ACTION), type);
        }
        entities.put(type, new EntityTable(type, entityName, table, idColumns, attributes, false));
    }

    /**
     * A TABLE_PER_CLASS subclass: a table of its own with its parent's key and every column its parent
     * has, and no foreign key to it. Its parent's collections stay its parent's.
     */
    private void unionSubclass(TypeElement type, String entityName, EntityTable parent, List<Attribute> own) {
        String table = tableName(type, entityName);
        TableDraft draft = tables.computeIfAbsent(table, name -> new TableDraft(name, type));
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            draft.exported = false;
        }
        List<Column> idColumns = new ArrayList<>();
        for (Column parentKey : parent.idColumns()) {
            Column column = new Column(parentKey.name(), parentKey.type(), false, null, false);
            idColumns.add(column);
            draft.addColumn(column, type);
            draft.addKeyColumn(column.name());
        }
        List<Attribute> attributes = new ArrayList<>();
        parent.attributes().stream().filter(a -> !Relations.isCollection(a.element())).forEach(attributes::add);
        attributes.addAll(own);
        entities.put(type, new EntityTable(type, entityName, table, idColumns, attributes, false));
    }

    /** The class name without its package, as Hibernate names an entity: {@code Person$Passport} when nested. */
    private String unqualified(TypeElement type) {
        String binary = elements.getBinaryName(type).toString();
        return binary.substring(binary.lastIndexOf('.') + 1);
    }

    /** {@code @Table(name)}, or the entity's name; in {@code @Table(schema)} when it names one. */
    private String tableName(TypeElement type, String entityName) {
        return QualifiedNames.qualify(Annotations.find(type, Jpa.TABLE), names.apply(logicalTableName(type, entityName)),
                names);
    }

    /** {@code @Table(name)}, or the entity's name: the table's name before the naming strategy. */
    private static String logicalTableName(TypeElement type, String entityName) {
        return Annotations.find(type, Jpa.TABLE).flatMap(t -> Annotations.string(t, "name"))
                .filter(n -> !n.isBlank()).orElse(entityName);
    }

    private String columnName(Attribute attribute) {
        return names.apply(Annotations.find(attribute.element(), Jpa.COLUMN).flatMap(c -> Annotations.string(c, "name"))
                .filter(n -> !n.isBlank()).orElse(attribute.name()));
    }
}
