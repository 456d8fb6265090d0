package dev.retort.processor.model;

import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.util.Annotations;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The JPA annotations that change the schema Hibernate creates but that Retort does not read yet.
 * Each is an error on the element that carries it, so the expected schema is never silently wrong.
 */
final class UnreadMappings {

    private static final List<String> ON_TYPES = List.of(Jpa.CONVERT, Jpa.CONVERTS);

    private final Reporter reporter;
    /** An attribute of a base model is seen once per entity; each of its annotations is reported once. */
    private final Set<Map.Entry<Element, String>> reported = new HashSet<>();

    /** The {@code @AssociationOverride}s the reader applied (to a to-one relation); the rest are reported. */
    private final Set<AnnotationMirror> appliedOverrides;

    /** The {@code @Convert}s that chose a value's conversion; the rest are reported. */
    private final Set<AnnotationMirror> appliedConverts;

    /** The relations whose {@code @MapsId} made an id column; the rest are reported. */
    private final Set<Element> appliedMapsIds;

    UnreadMappings(Reporter reporter, Set<AnnotationMirror> appliedOverrides, Set<AnnotationMirror> appliedConverts,
                   Set<Element> appliedMapsIds) {
        this.reporter = reporter;
        this.appliedOverrides = appliedOverrides;
        this.appliedConverts = appliedConverts;
        this.appliedMapsIds = appliedMapsIds;
    }

    void report(TypeElement entity, List<Attribute> attributes) {
        for (String annotation : ON_TYPES) {
            Annotations.find(entity, annotation).ifPresent(a -> report(entity, annotation, entity.getSimpleName()));
        }
        for (String annotation : HibernateAnnotations.UNREAD_ON_TYPES) {
            Annotations.find(entity, annotation).ifPresent(a -> report(entity, annotation, entity.getSimpleName()));
        }
        unappliedOverrides(entity, entity.getSimpleName().toString());
        unreadCatalog(entity, Jpa.TABLE, "@Table", entity.getSimpleName());
        for (Attribute attribute : attributes) {
            Element element = attribute.element();
            unappliedOverrides(element, attribute.name());
            unreadConversions(attribute);
            unreadHibernate(element, attribute.name());
            unreadCatalog(element, Jpa.JOIN_TABLE, "@JoinTable", attribute.name());
            unreadCatalog(element, Jpa.COLLECTION_TABLE, "@CollectionTable", attribute.name());
            Annotations.find(element, Jpa.MAPS_ID).filter(m -> !appliedMapsIds.contains(element))
                    .map(m -> Annotations.string(m, "value").orElse(""))
                    .ifPresent(v -> report(element, v.isBlank() ? "@MapsId" : "@MapsId(\"" + v + "\")",
                            attribute.name()));
        }
    }

    /**
     * Hibernate's annotations that change a column Retort does not read; {@code @JdbcTypeCode(VARCHAR)}
     * on a {@code STRING} enum is read (the column Retort expects of any such enum), and
     * {@code @OnDelete} on a to-one relation.
     */
    private void unreadHibernate(Element element, String attribute) {
        for (String annotation : HibernateAnnotations.UNREAD_ON_ATTRIBUTES) {
            Annotations.find(element, annotation).ifPresent(a -> report(element, annotation, attribute));
        }
        if (!varcharEnum(element, HibernateAnnotations.JDBC_TYPE_CODE, Jpa.ENUMERATED)) {
            report(element, HibernateAnnotations.JDBC_TYPE_CODE, attribute);
        }
        if (!varcharEnum(element, HibernateAnnotations.MAP_KEY_JDBC_TYPE_CODE, Jpa.MAP_KEY_ENUMERATED)) {
            report(element, HibernateAnnotations.MAP_KEY_JDBC_TYPE_CODE, attribute);
        }
        if (Annotations.find(element, HibernateAnnotations.ON_DELETE).isPresent()
                && !Relations.isOwningToOne(element)) {
            report(element, HibernateAnnotations.ON_DELETE, attribute);
        }
    }

    /** True when the type code is absent, or {@code VARCHAR} (12) on an enum mapped {@code STRING}. */
    private static boolean varcharEnum(Element element, String typeCode, String enumerated) {
        Optional<AnnotationMirror> code = Annotations.find(element, typeCode);
        if (code.isEmpty()) {
            return true;
        }
        boolean varchar = Annotations.value(code.get(), "value").map(v -> v.getValue())
                .filter(v -> v instanceof Integer i && i == java.sql.Types.VARCHAR).isPresent();
        boolean string = Annotations.find(element, enumerated).flatMap(e -> Annotations.constant(e, "value"))
                .filter("STRING"::equals).isPresent();
        return varchar && string;
    }

    /** A catalog is a database on PostgreSQL and H2: one connection never reaches another's tables. */
    private void unreadCatalog(Element element, String annotation, String shown, CharSequence name) {
        Annotations.find(element, annotation)
                .filter(a -> Annotations.string(a, "catalog").filter(s -> !s.isBlank()).isPresent())
                .ifPresent(a -> report(Location.ofMember(element, a, "catalog"), shown + "(catalog)", name));
    }

    /**
     * A {@code @Convert} is read where it chose a value's conversion: on a basic attribute, an element
     * collection's values or a map's {@code "key"}, an embedded value by its path; any other is
     * reported (on a relation, an id, a version, or a path that names no value).
     */
    private void unreadConversions(Attribute attribute) {
        Element element = attribute.element();
        for (AnnotationMirror convert : Annotations.repeated(element, Jpa.CONVERT, Jpa.CONVERTS)) {
            if (!appliedConverts.contains(convert)) {
                String path = Annotations.string(convert, "attributeName").orElse("");
                report(element, path.isEmpty() ? "@Convert" : "@Convert(attributeName = \"" + path + "\")",
                        attribute.name());
            }
        }
    }

    /** Overrides of join tables, or of relations that make no join column here, are not read yet. */
    private void unappliedOverrides(Element element, String where) {
        for (AnnotationMirror override : Annotations.repeated(element, Jpa.ASSOCIATION_OVERRIDE,
                Jpa.ASSOCIATION_OVERRIDES)) {
            if (!appliedOverrides.contains(override)) {
                report(element, "@AssociationOverride(name = \"" + Annotations.string(override, "name").orElse("")
                        + "\")", where);
            }
        }
    }

    private void report(Element element, String annotation, CharSequence where) {
        report(Location.of(element), annotation, where);
    }

    private void report(Location location, String annotation, CharSequence where) {
        if (reported.add(Map.entry(location.element(), annotation))) {
            String name = annotation.startsWith("@") ? annotation
                    : "@" + annotation.substring(annotation.lastIndexOf('.') + 1);
            reporter.report(Check.UNSUPPORTED_MAPPING, location, ProcessorErrors.unreadAnnotation(name, where.toString()));
        }
    }
}
