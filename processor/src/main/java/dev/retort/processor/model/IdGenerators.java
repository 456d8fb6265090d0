package dev.retort.processor.model;

import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.util.Annotations;
import dev.retort.schema.Column;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What Hibernate 6 creates to generate an id: a sequence (SEQUENCE, or AUTO for a number) or a table of
 * counters (TABLE). A generator is found by name anywhere in the model, as Hibernate's are global;
 * a name no generator declares is the name of the sequence or the counter's row.
 */
final class IdGenerators {

    private static final String DEFAULT_TABLE = "hibernate_sequences";
    private static final String LEGACY_SEQUENCE = "hibernate_sequence";
    private static final String DEFAULT_SEGMENT_COLUMN = "sequence_name";
    private static final String DEFAULT_VALUE_COLUMN = "next_val";
    private static final int SEGMENT_LENGTH = 255;

    private final Map<String, TableDraft> tables;
    private final Map<String, Sequence> sequences;
    private final Map<String, Element> sequenceOrigins = new HashMap<>();
    private final PhysicalNames fold;
    private final HibernateTarget target;
    private final Reporter reporter;
    private final List<TypeElement> model = new ArrayList<>();
    private Map<Map.Entry<String, String>, AnnotationMirror> global;

    IdGenerators(ModelContext context) {
        this.target = context.target();
        this.tables = context.tables();
        this.sequences = context.sequences();
        this.fold = context.names();
        this.reporter = context.reporter();
    }

    /** The entity classes whose generators any id may name. */
    void declaredIn(List<TypeElement> entities) {
        model.addAll(entities);
    }

    /** The generation strategy of an id ({@code NONE} when it is assigned by the application). */
    static String strategy(Attribute attribute) {
        return Annotations.find(attribute.element(), Jpa.GENERATED_VALUE)
                .map(g -> Annotations.constant(g, "strategy").orElse("AUTO"))
                .orElse("NONE");
    }

    /**
     * Adds the sequence or the table that generates this id, if any.
     *
     * @param tableName the logical name of the entity's table, after which an implicit sequence is named
     */
    void generate(TypeElement entity, String tableName, Attribute attribute, SqlType type) {
        String strategy = strategy(attribute);
        if (strategy.equals("NONE") || strategy.equals("IDENTITY")) {
            return;
        }
        String generator = Annotations.find(attribute.element(), Jpa.GENERATED_VALUE)
                .flatMap(g -> Annotations.string(g, "generator")).filter(n -> !n.isBlank()).orElse("");
        if (Annotations.find(attribute.element(), HibernateAnnotations.UUID_GENERATOR).isPresent()) {
            return; // Hibernate's UUIDs are made in Java: no sequence
        }
        Optional<AnnotationMirror> generic = generator.isEmpty() ? Optional.empty()
                : named(entity, attribute, HibernateAnnotations.GENERIC_GENERATOR, generator);
        if (generic.isPresent()) {
            reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(attribute.element(), generic.get()),
                    ProcessorErrors.unreadAnnotation("@GenericGenerator", attribute.element().getSimpleName().toString()));
            return;
        }
        Optional<AnnotationMirror> sequence = named(entity, attribute, Jpa.SEQUENCE_GENERATOR, generator);
        Optional<AnnotationMirror> table = named(entity, attribute, Jpa.TABLE_GENERATOR, generator);
        // Hibernate 7 decides by the id's declared type: a type variable (K id in a generic base class)
        // is no UUID to it, whatever the entity makes of it.
        boolean numeric = type.kind() == SqlType.Kind.BIGINT || type.kind() == SqlType.Kind.INTEGER
                || type.kind() == SqlType.Kind.SMALLINT
                || target.generation().atLeast7() && declaredAsTypeVariable(attribute);
        if (strategy.equals("TABLE") || strategy.equals("AUTO") && table.isPresent() && sequence.isEmpty()) {
            table(attribute.element(), table);
        } else if (numeric && (strategy.equals("SEQUENCE") || strategy.equals("AUTO"))) {
            sequence.filter(g -> Annotations.string(g, "catalog").filter(s -> !s.isBlank()).isPresent())
                    .ifPresent(g -> report(attribute.element(), g, "@SequenceGenerator(catalog)"));
            sequence(tableName, generator, sequence, origin(entity, attribute));
        }
    }

    /**
     * The sequence's name when no {@code @SequenceGenerator(sequenceName)} gives one, as
     * {@code hibernate.id.db_structure_naming_strategy} says: by default Hibernate's {@code <table>_SEQ}
     * ({@code support_ticket_seq} for a {@code Ticket} on {@code support_ticket}) or the generator's name;
     * {@code legacy} the generator's name or {@code hibernate_sequence}; {@code single}
     * {@code hibernate_sequence} always.
     */
    private void sequence(String tableName, String generator, Optional<AnnotationMirror> declared, Element origin) {
        Optional<String> explicit = declared.flatMap(g -> Annotations.string(g, "sequenceName")).filter(n -> !n.isBlank());
        String implicit = switch (target.ddl().idNaming()) {
            case STANDARD -> generator.isEmpty() ? tableName + "_SEQ" : generator;
            case LEGACY -> generator.isEmpty() ? LEGACY_SEQUENCE : generator;
            case SINGLE -> LEGACY_SEQUENCE;
        };
        String name = explicit.orElse(implicit);
        long start = declared.flatMap(g -> number(g, "initialValue")).orElse(1L);
        long increment = declared.flatMap(g -> number(g, "allocationSize")).orElse(undeclaredIncrement(generator, name));
        Sequence sequence = new Sequence(QualifiedNames.qualify(declared, fold.apply(name), fold), start, increment);
        Sequence existing = sequences.get(sequence.name());
        if (existing != null && existing.increment() != sequence.increment()) {
            reporter.report(Check.INVALID_MAPPING, Location.of(origin), ProcessorErrors.sequenceIncrementConflict(
                    sequence.name(), existing.increment(), sequence.increment()));
        }
        sequences.putIfAbsent(sequence.name(), sequence);
        sequenceOrigins.putIfAbsent(sequence.name(), origin);
    }

    /**
     * The increment of a sequence no {@code @SequenceGenerator} declares: Hibernate 6 counts its own
     * fallback, {@code hibernate_sequence}, by 1 and any other by 50; Hibernate 7 counts every one by 1
     * under the {@code legacy} and {@code single} naming strategies and by 50 under {@code standard}.
     */
    private long undeclaredIncrement(String generator, String name) {
        if (target.generation().atLeast7()) {
            return target.ddl().idNaming() == DdlSettings.IdNaming.STANDARD ? 50L : 1L;
        }
        return generator.isEmpty() && name.equals(LEGACY_SEQUENCE) ? 1L : 50L;
    }

    /** The element each sequence is reported on: the id it generates. */
    Map<String, Element> sequenceOrigins() {
        return sequenceOrigins;
    }

    /** The id attribute, or the entity when the id is declared by a base class that other entities share. */
    private static Element origin(TypeElement entity, Attribute attribute) {
        return attribute.element().getEnclosingElement().equals(entity) ? attribute.element() : entity;
    }

    /** The counters' table: a row per segment, keyed by its name. */
    private void table(Element origin, Optional<AnnotationMirror> declared) {
        declared.ifPresent(g -> unread(origin, g));
        String name = QualifiedNames.qualify(declared, fold.apply(member(declared, "table", DEFAULT_TABLE)), fold);
        String segment = fold.apply(member(declared, "pkColumnName", DEFAULT_SEGMENT_COLUMN));
        String value = fold.apply(member(declared, "valueColumnName", DEFAULT_VALUE_COLUMN));
        TableDraft draft = tables.computeIfAbsent(name, n -> new TableDraft(n, origin));
        draft.addColumn(new Column(segment, SqlType.varchar(SEGMENT_LENGTH), false, null, false), origin);
        draft.addColumn(new Column(value, SqlType.of(SqlType.Kind.BIGINT), true, null, false), origin);
        if (draft.primaryKey.isEmpty()) {
            draft.primaryKey.add(segment);
        }
    }

    /**
     * A {@code @TableGenerator(catalog)}, which Retort does not read. Its {@code indexes} and
     * {@code uniqueConstraints} make nothing: Hibernate 6 creates neither.
     */
    private void unread(Element origin, AnnotationMirror generator) {
        if (Annotations.string(generator, "catalog").filter(s -> !s.isBlank()).isPresent()) {
            report(origin, generator, "@TableGenerator(catalog)");
        }
    }

    /** On the generator's catalog, where the generator is declared on {@code origin}; else on {@code origin}. */
    private void report(Element origin, AnnotationMirror generator, String annotation) {
        reporter.report(Check.UNSUPPORTED_MAPPING, Location.ofMember(origin, generator, "catalog"),
                ProcessorErrors.unreadAnnotation(annotation, origin.getSimpleName().toString()));
    }

    private static boolean declaredAsTypeVariable(Attribute attribute) {
        TypeMirror declared = attribute.element() instanceof ExecutableElement getter ? getter.getReturnType()
                : attribute.element().asType();
        return declared.getKind() == TypeKind.TYPEVAR;
    }

    /**
     * The generator of this kind and name: on the id, its class and superclasses, then (Hibernate 6,
     * whose generators are global) anywhere in the model.
     */
    private Optional<AnnotationMirror> named(TypeElement entity, Attribute attribute, String kind, String name) {
        Optional<AnnotationMirror> own = Annotations.find(attribute.element(), kind)
                .filter(g -> name.isEmpty() || Annotations.string(g, "name").orElse("").equals(name));
        if (own.isPresent() || name.isEmpty()) {
            return own;
        }
        for (TypeElement type = entity; type != null; type = PersistentAttributes.superclass(type)) {
            Optional<AnnotationMirror> onType = Annotations.find(type, kind)
                    .filter(g -> Annotations.string(g, "name").orElse("").equals(name));
            if (onType.isPresent()) {
                return onType;
            }
        }
        // Hibernate 7 looks no further than the entity's own classes (and the package, which Retort does not read).
        return target.generation().atLeast7() ? Optional.empty() : Optional.ofNullable(global().get(Map.entry(kind, name)));
    }

    /** Every generator the model's classes and attributes declare, by kind and name; the first wins. */
    private Map<Map.Entry<String, String>, AnnotationMirror> global() {
        if (global == null) {
            global = new HashMap<>();
            for (TypeElement type : model) {
                List<Element> places = new ArrayList<>(List.of(type));
                PersistentAttributes.of(type).forEach(a -> places.add(a.element()));
                for (Element place : places) {
                    for (String kind : List.of(Jpa.SEQUENCE_GENERATOR, Jpa.TABLE_GENERATOR,
                            HibernateAnnotations.GENERIC_GENERATOR)) {
                        Annotations.find(place, kind).ifPresent(g -> Annotations.string(g, "name")
                                .ifPresent(n -> global.putIfAbsent(Map.entry(kind, n), g)));
                    }
                }
            }
        }
        return global;
    }

    private static String member(Optional<AnnotationMirror> generator, String member, String otherwise) {
        return generator.flatMap(g -> Annotations.string(g, member)).filter(n -> !n.isBlank()).orElse(otherwise);
    }

    private static Optional<Long> number(AnnotationMirror generator, String member) {
        return Annotations.value(generator, member).map(v -> ((Number) v.getValue()).longValue());
    }
}
