package dev.retort.processor.model;

import dev.retort.processor.diagnostic.Reporter;
import dev.retort.schema.Sequence;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What every reader of one model shares, handed to each as Room's compiler hands its Context: the
 * compiler's utilities, the reporter, the Hibernate whose schema it is and its naming, and the model
 * as it is read: the entities found, the tables and sequences drafted, and the mappings applied so
 * far (the others are reported as unread at the end).
 */
record ModelContext(Elements elements, Types types, Reporter reporter, HibernateTarget target, PhysicalNames names,
                    Map<TypeElement, EntityTable> entities, Map<String, TableDraft> tables,
                    Map<String, Sequence> sequences, Set<Element> appliedMapsIds,
                    Set<AnnotationMirror> appliedOverrides, Set<AnnotationMirror> appliedConverts) {

    /** An empty model of the schema the Hibernate these settings describe makes, named by this naming. */
    static ModelContext of(ProcessingEnvironment environment, NamingStrategy naming, Optional<String> defaultSchema,
                           HibernateSettings settings, Reporter reporter) {
        return new ModelContext(environment.getElementUtils(), environment.getTypeUtils(), reporter,
                HibernateTarget.of(settings, environment.getElementUtils()), new PhysicalNames(naming, defaultSchema),
                new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new HashSet<>(),
                Collections.newSetFromMap(new IdentityHashMap<>()), Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** The entity of this type, when it is one. */
    Optional<EntityTable> targetEntity(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        Element element = ((DeclaredType) type).asElement();
        return Optional.ofNullable(element instanceof TypeElement t ? entities.get(t) : null);
    }

    /**
     * Whether a foreign key can reference the entity's table: not when the entity is in a
     * TABLE_PER_CLASS hierarchy and has subclasses, whose rows are spread over their tables. Hibernate
     * creates none then; a leaf of the hierarchy holds all its rows and is referenced.
     */
    boolean referenceable(EntityTable entity) {
        TypeElement type = entity.type();
        return !Inheritance.isUnion(type) || entities.keySet().stream().noneMatch(t -> Inheritance.parentEntity(t) == type);
    }
}
