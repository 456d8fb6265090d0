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
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads the {@code @Entity} classes into the schema Hibernate ORM would create for them: tables,
 * columns, keys, sequences, foreign keys, unique constraints and indexes. A mapping it cannot read is
 * reported on its element and left out; the rest of the model is still read.
 */
public final class EntityModelReader {

    private final ProcessingEnvironment environment;
    private final ModelContext context;
    private final Reporter reporter;
    private final UnreadMappings unread;
    private final Map<TypeElement, EntityTable> entities;
    private final Map<String, TableDraft> tables;
    private final Map<String, Sequence> sequences;
    private final Set<AnnotationMirror> appliedOverrides;
    private final PhysicalNames names;
    private final IdGenerators generators;
    private final Converters converters;
    private final BasicColumns basicColumns;
    private final CollectionTables collections;
    private final SecondaryTables secondaryTables;
    private final ColumnWriters writers;
    private final ToOneRelations toOne;
    private final EntityDeclarations declarations;
    private final HibernateTarget target;

    public EntityModelReader(ProcessingEnvironment environment, NamingStrategy naming, Reporter reporter) {
        this(environment, naming, Optional.empty(), HibernateSettings.DEFAULTS, reporter);
    }

    /**
     * A reader for a connection whose own schema is {@code defaultSchema} (tables there are named
     * without it), of the schema the Hibernate these settings describe makes.
     */
    public EntityModelReader(ProcessingEnvironment environment, NamingStrategy naming, Optional<String> defaultSchema,
                             HibernateSettings settings, Reporter reporter) {
        this.environment = environment;
        this.context = ModelContext.of(environment, naming, defaultSchema, settings, reporter);
        this.target = context.target();
        this.reporter = reporter;
        this.entities = context.entities();
        this.tables = context.tables();
        this.sequences = context.sequences();
        this.appliedOverrides = context.appliedOverrides();
        this.unread = new UnreadMappings(reporter, appliedOverrides, context.appliedConverts(), context.appliedMapsIds());
        this.names = context.names();
        this.generators = new IdGenerators(context);
        this.converters = new Converters(environment.getTypeUtils(), reporter, context.appliedConverts());
        this.basicColumns = new BasicColumns(converters, target, reporter);
        this.collections = new CollectionTables(context, basicColumns);
        this.secondaryTables = new SecondaryTables(context);
        this.writers = new ColumnWriters(reporter);
        this.toOne = new ToOneRelations(context, secondaryTables, writers);
        this.declarations = new EntityDeclarations(context, generators, basicColumns, toOne);
    }

    /**
     * Reads the entities among these root elements, plus those in the given packages of the compile
     * classpath (entities compiled in another module).
     */
    public EntityModel read(Set<? extends Element> rootElements, List<String> entityPackages) {
        List<TypeElement> found = new ArrayList<>();
        for (Element element : rootElements) {
            collect(element, found);
        }
        converters.discover(rootElements);
        for (String packageName : entityPackages) {
            PackageElement pkg = environment.getElementUtils().getPackageElement(packageName);
            if (pkg == null) {
                reporter.note(null, ProcessorErrors.unknownEntityPackage(packageName));
            } else {
                pkg.getEnclosedElements().forEach(e -> collect(e, found));
                converters.discover(pkg.getEnclosedElements());
            }
        }
        found.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
        withoutDuplicateNames(found);
        generators.declaredIn(found);
        for (TypeElement type : found) {
            if (!entities.containsKey(type)) {
                guarded(type, () -> declarations.declare(type));
            }
        }
        for (EntityTable entity : List.copyOf(entities.values())) {
            guarded(entity.type(), () -> secondaryTables.declare(entity));
        }
        for (EntityTable entity : entities.values()) {
            guarded(entity.type(), () -> mapAttributes(entity));
            unread.report(entity.type(), entity.attributes());
        }
        toOne.deferred().forEach(d -> guarded(d.entity(), d.work()));
        if (target.generation().atLeast7()) {
            DiscriminatorChecks.add(context);
        }
        Schema schema = Schema.EMPTY;
        for (String namespace : namespaces()) {
            schema = schema.withNamespace(namespace);
        }
        Map<String, Element> tableOrigins = new LinkedHashMap<>();
        Map<String, Element> columnOrigins = new LinkedHashMap<>();
        Map<String, Element> constraintOrigins = new LinkedHashMap<>();
        for (TableDraft draft : tables.values()) {
            if (draft.columns.isEmpty() || !draft.exported) {
                continue;
            }
            schema = schema.withTable(draft.table());
            tableOrigins.put(draft.name, draft.origin);
            draft.columnOrigins.forEach((c, e) -> columnOrigins.put(draft.name + "." + c, e));
            draft.constraintOrigins.forEach((c, e) -> constraintOrigins.put(draft.name + "." + c, e));
        }
        for (Sequence sequence : sequences.values()) {
            schema = schema.withSequence(sequence);
        }
        return new EntityModel(schema, tableOrigins, columnOrigins, constraintOrigins, generators.sequenceOrigins(),
                !found.isEmpty());
    }

    /** The SQL schemas the model's tables and sequences are in, besides the default one. */
    private Set<String> namespaces() {
        Set<String> named = new TreeSet<>();
        tables.values().stream().filter(d -> !d.columns.isEmpty() && d.exported)
                .forEach(d -> Identifiers.namespaceOf(d.name).ifPresent(named::add));
        sequences.keySet().forEach(s -> Identifiers.namespaceOf(s).ifPresent(named::add));
        return named;
    }

    /** A mapping that makes no valid table (a name that is no SQL identifier) abandons that entity only. */
    private void guarded(TypeElement entity, Runnable work) {
        try {
            work.run();
        } catch (SchemaMisfitException e) {
            reporter.report(Check.INVALID_MAPPING, Location.of(entity),
                    ProcessorErrors.invalidMapping(entity, e.getMessage()));
        }
    }

    /**
     * Hibernate refuses two entities of one entity name (by default the class's unqualified binary
     * name, {@code Depot$Crate} for a nested class): the second is reported and left out.
     */
    private void withoutDuplicateNames(List<TypeElement> found) {
        Map<String, TypeElement> byName = new LinkedHashMap<>();
        for (TypeElement type : List.copyOf(found)) {
            String binary = environment.getElementUtils().getBinaryName(type).toString();
            String name = Annotations.find(type, Jpa.ENTITY).flatMap(e -> Annotations.string(e, "name"))
                    .filter(n -> !n.isBlank()).orElse(binary.substring(binary.lastIndexOf('.') + 1));
            TypeElement first = byName.putIfAbsent(name, type);
            if (first != null) {
                reporter.report(Check.INVALID_MAPPING, Location.of(type, Annotations.find(type, Jpa.ENTITY).orElseThrow()),
                        ProcessorErrors.duplicateEntityName(name, first, type));
                found.remove(type);
            }
        }
    }

    private void collect(Element element, List<TypeElement> found) {
        if (element instanceof TypeElement type) {
            if (Annotations.find(type, Jpa.ENTITY).isPresent() && !found.contains(type)) {
                found.add(type);
            }
            ElementFilter.typesIn(type.getEnclosedElements()).forEach(nested -> collect(nested, found));
        }
    }

    /** Second pass: every other attribute, relations included. */
    private void mapAttributes(EntityTable entity) {
        writers.clear();
        TableDraft draft = tables.get(entity.table());
        Map<String, AnnotationMirror> overrides = EmbeddedValues.associationOverrides(entity.type());
        for (Attribute attribute : entity.attributes()) {
            Element element = attribute.element();
            if ((Annotations.find(element, Jpa.ID).isPresent() && !Relations.isOwningToOne(element))
                    || Annotations.find(element, Jpa.EMBEDDED_ID).isPresent()) {
                continue;
            }
            if (Relations.isOwningToOne(element)) {
                toOne.joinColumn(entity, draft, attribute, applied(overrides.get(attribute.name())), element);
            } else if (Annotations.find(element, Jpa.ONE_TO_MANY).isPresent()
                    || Annotations.find(element, Jpa.ONE_TO_ONE).isPresent()
                    || Annotations.find(element, Jpa.MANY_TO_MANY).flatMap(m -> Annotations.string(m, "mappedBy"))
                            .filter(m -> !m.isEmpty()).isPresent()) {
                mappedBy(entity, attribute, joinTableOverride(overrides.get(attribute.name())));
            } else if (Annotations.find(element, Jpa.MANY_TO_MANY).isPresent()) {
                manyToMany(entity, attribute, joinTableOverride(overrides.get(attribute.name())));
            } else if (Annotations.find(element, Jpa.ELEMENT_COLLECTION).isPresent()) {
                collections.elementCollection(entity, attribute, PersistentAttributes.propertyAccess(entity.type()));
            } else if (EmbeddedValues.isEmbedded(attribute)) {
                embedded(entity, draft, attribute);
            } else {
                Optional<AnnotationMirror> column = Annotations.find(element, Jpa.COLUMN);
                basic(entity, draft, new BasicValue(element, column.flatMap(c -> Annotations.string(c, "name"))
                        .filter(n -> !n.isBlank()).orElse(attribute.name()), attribute.type(), column, false), element);
            }
        }
        Annotations.find(entity.type(), Jpa.TABLE)
                .ifPresent(table -> TableConstraints.read(table, draft, entity.type(), names, reporter));
        hibernateChecks(draft, entity.type(), "check");
        naturalId(entity, draft);
        secondaryTables.of(entity).forEach((table, secondary) ->
                TableConstraints.read(secondary, tables.get(table), entity.type(), names, reporter));
    }

    /** The join table an {@code @AssociationOverride} gives a collection, remembered as applied; empty if none. */
    private Optional<AnnotationMirror> joinTableOverride(AnnotationMirror override) {
        if (override == null) {
            return Optional.empty();
        }
        Optional<AnnotationMirror> joinTable = override.getElementValues().entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals("joinTable"))
                .map(e -> e.getValue().getValue()).filter(AnnotationMirror.class::isInstance)
                .map(AnnotationMirror.class::cast).findFirst();
        joinTable.ifPresent(t -> appliedOverrides.add(override));
        return joinTable;
    }

    /** An {@code @AssociationOverride} about to be applied, remembered so that the others are reported. */
    private Optional<AnnotationMirror> applied(AnnotationMirror override) {
        if (override != null) {
            appliedOverrides.add(override);
        }
        return Optional.ofNullable(override);
    }

    /** The value's column; {@code owner} is the entity's attribute that maps it (an embedded one, for its values). */
    private void basic(EntityTable entity, TableDraft primary, BasicValue declared, Element owner) {
        Element element = declared.element();
        Optional<TableDraft> into = secondaryTables.target(entity, primary, element, declared.name(), declared.column());
        if (into.isEmpty()) {
            return;
        }
        TableDraft draft = into.get();
        BasicValue value = draft == primary ? declared : declared.inSecondaryTable();
        Optional<Column> made = basicColumns.of(value, fold(value.name()), entity.subclassInSingleTable());
        if (made.isEmpty()) {
            return;
        }
        ValidationConstraints.Effects validation = target.beanValidation()
                ? BeanValidationDdl.effects(element, owner) : ValidationConstraints.Effects.NONE;
        Column column = BeanValidationDdl.column(made.get(), validation,
                isString(value.type()), entity.subclassInSingleTable());
        if (!draft.addColumn(column, element)) {
            reporter.report(Check.TABLE_CONFLICT, Location.of(element),
                    ProcessorErrors.columnConflict(draft.name, column, draft.columns.get(column.name())));
            return;
        }
        if (!column.type().equals(made.get().type())) {
            draft.typesBeforeValidation.put(column.name(), made.get().type());
        }
        if (!writers.writtenOnce(draft, column, value.column(), owner)) {
            return;
        }
        if (BasicColumns.unique(value)) {
            draft.addConstraint(new UniqueConstraint("uk_" + Identifiers.namePart(draft.name) + "_" + column.name(),
                    List.of(column.name())), element);
        }
        basicColumns.check(draft.name, value, column).ifPresent(check -> draft.addConstraint(check, element));
        BeanValidationDdl.check(draft.name, column, validation).ifPresent(check -> draft.addConstraint(check, element));
        hibernateChecks(draft, element, column.name());
        basicColumns.zoneColumn(value, column, this::fold).ifPresent(zone -> {
            if (!draft.addColumn(zone, element)) {
                reporter.report(Check.TABLE_CONFLICT, Location.of(element),
                        ProcessorErrors.columnConflict(draft.name, zone, draft.columns.get(zone.name())));
            }
        });
    }

    /** Hibernate's {@code @Check(constraints)}s on an attribute or an entity: checks of its table. */
    private void hibernateChecks(TableDraft draft, Element element, String subject) {
        List<AnnotationMirror> checks = Annotations.repeated(element, HibernateAnnotations.CHECK,
                HibernateAnnotations.CHECKS);
        for (int i = 0; i < checks.size(); i++) {
            AnnotationMirror check = checks.get(i);
            Optional<String> expression = Annotations.string(check, "constraints").filter(c -> !c.isBlank());
            if (expression.isPresent()) {
                String name = Annotations.string(check, "name").filter(n -> !n.isBlank()).map(names)
                        .orElse("ck_" + Identifiers.namePart(draft.name) + "_" + subject + (i == 0 ? "" : "_" + i));
                draft.addConstraint(new dev.retort.schema.CheckConstraint(name, expression.get()), element);
            }
        }
    }

    /** Hibernate's {@code @NaturalId} attributes: one unique key over their columns, in declaration order. */
    private void naturalId(EntityTable entity, TableDraft draft) {
        Set<Element> natural = new HashSet<>();
        entity.attributes().stream().map(Attribute::element)
                .filter(e -> Annotations.find(e, HibernateAnnotations.NATURAL_ID).isPresent()).forEach(natural::add);
        List<String> columns = draft.columnOrigins.entrySet().stream().filter(e -> natural.contains(e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (!columns.isEmpty()) {
            draft.addConstraint(new UniqueConstraint("uk_" + Identifiers.namePart(draft.name) + "_natural_id", columns),
                    entity.type());
        }
    }

    /** The columns of an embedded value, in the entity's table. */
    private void embedded(EntityTable entity, TableDraft draft, Attribute attribute) {
        TypeElement embeddable = EmbeddedValues.embeddable(attribute.type()).orElse(null);
        if (embeddable == null) {
            reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(attribute.element()),
                    ProcessorErrors.unsupportedAttributeType(attribute.name(), attribute.type()));
            return;
        }
        List<Attribute> unsupported = new ArrayList<>();
        Map<String, Attribute> relations = new LinkedHashMap<>();
        for (BasicValue value : EmbeddedValues.of(embeddable, ValueOverrides.on(attribute.element()),
                PersistentAttributes.propertyAccess(entity.type()), unsupported, relations)) {
            basic(entity, draft, value, attribute.element());
        }
        Map<String, AnnotationMirror> overrides = EmbeddedValues.associationOverrides(attribute.element());
        relations.forEach((path, relation) -> toOne.joinColumn(entity, draft, relation, applied(overrides.get(path)),
                attribute.element()));
        for (Attribute inner : unsupported) {
            if (!collectionInEmbeddable(entity, inner, joinTableOverride(overrides.get(inner.name())))) {
                reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(inner.element()),
                        ProcessorErrors.unsupportedInEmbeddable(inner.name()));
            }
        }
    }

    /**
     * A collection inside an embedded value, mapped as the entity's own: Hibernate names its table
     * and join columns after the entity and the collection's attribute. False when it is not one.
     */
    private boolean collectionInEmbeddable(EntityTable entity, Attribute attribute, Optional<AnnotationMirror> joinTable) {
        Element element = attribute.element();
        boolean inverse = Annotations.find(element, Jpa.ONE_TO_MANY).or(() -> Annotations.find(element, Jpa.MANY_TO_MANY))
                .or(() -> Annotations.find(element, Jpa.ONE_TO_ONE))
                .flatMap(r -> Annotations.string(r, "mappedBy")).filter(m -> !m.isEmpty()).isPresent();
        if (inverse) {
            return true;
        }
        if (Annotations.find(element, Jpa.ELEMENT_COLLECTION).isPresent()) {
            collections.elementCollection(entity, attribute, PersistentAttributes.propertyAccess(entity.type()));
        } else if (Annotations.find(element, Jpa.MANY_TO_MANY).isPresent()) {
            manyToMany(entity, attribute, joinTable);
        } else if (Annotations.find(element, Jpa.ONE_TO_MANY).isPresent()) {
            oneToMany(entity, attribute, joinTable);
        } else {
            return false;
        }
        return true;
    }

    /**
     * A unidirectional one-to-many: a join table with a unique key on the target's column, or, with
     * {@code @JoinColumn}, a nullable foreign key column in the target's table.
     */
    private void oneToMany(EntityTable entity, Attribute attribute, Optional<AnnotationMirror> joinTable) {
        TypeMirror targetType = CollectionTables.elementType(attribute.type());
        Optional<EntityTable> target = context.targetEntity(targetType);
        if (target.isEmpty()) {
            reporter.report(Check.RELATION_TARGET, Location.of(attribute.element()),
                    ProcessorErrors.relationTargetNotEntity(attribute.name(), targetType));
            return;
        }
        List<AnnotationMirror> joins = Annotations.repeated(attribute.element(), Jpa.JOIN_COLUMN, Jpa.JOIN_COLUMNS);
        if (joins.isEmpty()) {
            collections.oneToMany(entity, attribute, target.get(), joinTable);
            return;
        }
        TableDraft targetDraft = tables.get(target.get().table());
        List<String> key = tables.get(entity.table()).primaryKey;
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            Column keyColumn = tables.get(entity.table()).columns.get(key.get(i));
            Optional<AnnotationMirror> join = ReferencedColumns.joinFor(joins, i, keyColumn, names);
            String name = toOne.joinColumnName(attribute, join, keyColumn);
            Column column = new Column(name, keyColumn.type(), join.flatMap(j -> Annotations.bool(j, "nullable")).orElse(true),
                    null, false);
            if (!targetDraft.addColumn(column, attribute.element())) {
                reporter.report(Check.TABLE_CONFLICT, Location.of(attribute.element()),
                        ProcessorErrors.columnConflict(target.get().table(), column, targetDraft.columns.get(name)));
                return;
            }
            columns.add(name);
        }
        targetOrderColumn(attribute, target.get());
        if (!columns.isEmpty() && context.referenceable(entity)
                && !ForeignKeyModes.noConstraint(joins.stream().findFirst(), "foreignKey")) {
            targetDraft.addConstraint(new ForeignKey("fk_" + Identifiers.namePart(target.get().table()) + "_"
                    + String.join("_", columns), columns, entity.table(), key, ReferentialAction.NO_ACTION),
                    attribute.element());
        }
    }

    /**
     * {@code @OrderColumn} on a one-to-many whose rows are the target's own (mapped by it, or joined
     * by a column in it): a nullable integer column in the target's table.
     */
    private void targetOrderColumn(Attribute attribute, EntityTable target) {
        Annotations.find(attribute.element(), Jpa.ORDER_COLUMN).ifPresent(order -> {
            String name = fold(Annotations.string(order, "name").filter(n -> !n.isBlank())
                    .orElse(attribute.name() + "_ORDER"));
            Column column = new Column(name, SqlType.of(SqlType.Kind.INTEGER), true, null, false);
            TableDraft targetDraft = tables.get(target.table());
            if (!targetDraft.addColumn(column, attribute.element())) {
                reporter.report(Check.TABLE_CONFLICT, Location.of(attribute.element()),
                        ProcessorErrors.columnConflict(target.table(), column, targetDraft.columns.get(name)));
                return;
            }
            CollectionTables.orderCheck(this.target, targetDraft, name, attribute.element());
        });
    }

    /** The owning side of a many-to-many: its join table. */
    private void manyToMany(EntityTable entity, Attribute attribute, Optional<AnnotationMirror> joinTable) {
        TypeMirror targetType = CollectionTables.elementType(attribute.type());
        Optional<EntityTable> target = context.targetEntity(targetType);
        if (target.isEmpty()) {
            reporter.report(Check.RELATION_TARGET, Location.of(attribute.element()),
                    ProcessorErrors.relationTargetNotEntity(attribute.name(), targetType));
            return;
        }
        Optional<Attribute> inverse = target.get().attributes().stream()
                .filter(a -> Annotations.find(a.element(), Jpa.MANY_TO_MANY).flatMap(m -> Annotations.string(m, "mappedBy"))
                        .filter(attribute.name()::equals).isPresent())
                .findFirst();
        collections.manyToMany(entity, attribute, target.get(), inverse, joinTable);
    }

    /** The inverse side of a relation: {@code mappedBy} must name a field on the other side pointing back. */
    private void mappedBy(EntityTable entity, Attribute attribute, Optional<AnnotationMirror> joinTable) {
        Element element = attribute.element();
        AnnotationMirror relation = Annotations.find(element, Jpa.ONE_TO_MANY)
                .or(() -> Annotations.find(element, Jpa.ONE_TO_ONE))
                .or(() -> Annotations.find(element, Jpa.MANY_TO_MANY)).orElseThrow();
        String mappedBy = Annotations.string(relation, "mappedBy").orElse("");
        if (mappedBy.isEmpty()) {
            oneToMany(entity, attribute, joinTable);
            return;
        }
        TypeMirror targetType = CollectionTables.elementType(attribute.type());
        Optional<EntityTable> target = context.targetEntity(targetType);
        if (target.isEmpty()) {
            reporter.report(Check.RELATION_TARGET, Location.of(element),
                    ProcessorErrors.relationTargetNotEntity(attribute.name(), targetType));
            return;
        }
        if (Annotations.find(element, Jpa.ONE_TO_MANY).isPresent()) {
            targetOrderColumn(attribute, target.get());
        }
        Optional<Attribute> back = target.get().attributes().stream().filter(a -> a.name().equals(mappedBy)).findFirst();
        if (back.isEmpty()) {
            reporter.report(Check.MAPPED_BY, Location.ofMember(element, relation, "mappedBy"),
                    ProcessorErrors.mappedByMissing(attribute.name(), mappedBy, target.get().type()));
        } else if (!environment.getTypeUtils().isSameType(
                environment.getTypeUtils().erasure(CollectionTables.elementType(back.get().type())),
                environment.getTypeUtils().erasure(entity.type().asType()))) {
            reporter.report(Check.MAPPED_BY, Location.ofMember(element, relation, "mappedBy"),
                    ProcessorErrors.mappedByWrongType(attribute.name(), mappedBy, target.get().type(), entity.type()));
        }
    }

    private static boolean isString(TypeMirror type) {
        return type instanceof DeclaredType declared
                && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.String");
    }

    private String fold(String logicalName) {
        return names.apply(logicalName);
    }
}
