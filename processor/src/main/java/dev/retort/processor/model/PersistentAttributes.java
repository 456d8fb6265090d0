package dev.retort.processor.model;

import dev.retort.processor.util.Annotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The persistent attributes of an entity, its {@code @MappedSuperclass} ancestors first. Access is
 * decided as JPA decides it: by where {@code @Id} is placed (field or getter).
 */
final class PersistentAttributes {

    private PersistentAttributes() {}

    /** How many of these attributes are {@code @Id}s (more than one: an {@code @IdClass} key). */
    static long idCount(List<Attribute> attributes) {
        return attributes.stream().filter(a -> Annotations.find(a.element(), Jpa.ID).isPresent()).count();
    }

    /**
     * As {@link #of(TypeElement)}, each attribute typed as a member of the entity: an attribute a
     * generic base class declares as {@code ID} has the entity's type argument for it ({@code Long}).
     */
    static List<Attribute> of(TypeElement entity, Types types) {
        DeclaredType entityType = (DeclaredType) entity.asType();
        List<Attribute> typed = new ArrayList<>();
        for (Attribute attribute : of(entity)) {
            typed.add(new Attribute(attribute.element(), attribute.name(), memberType(types, entityType, attribute)));
        }
        return typed;
    }

    private static TypeMirror memberType(Types types, DeclaredType owner, Attribute attribute) {
        try {
            TypeMirror member = types.asMemberOf(owner, attribute.element());
            return member instanceof ExecutableType method ? method.getReturnType() : member;
        } catch (IllegalArgumentException notAMember) {
            return attribute.type();
        }
    }

    static List<Attribute> of(TypeElement entity) {
        List<TypeElement> hierarchy = new ArrayList<>();
        for (TypeElement type = entity; type != null; type = superclass(type)) {
            if (type != entity && Annotations.find(type, Jpa.ENTITY).isPresent()) {
                break; // a parent entity maps its own attributes (inheritance)
            }
            if (type == entity || Annotations.find(type, Jpa.MAPPED_SUPERCLASS).isPresent()) {
                hierarchy.add(0, type);
            }
        }
        boolean propertyAccess = hierarchy.stream().anyMatch(PersistentAttributes::idOnGetter);
        List<Attribute> attributes = new ArrayList<>();
        for (TypeElement type : hierarchy) {
            attributes.addAll(attributes(type, explicitAccess(type).orElse(propertyAccess)));
        }
        return attributes;
    }

    /**
     * A class's attributes with this access type, and those whose own {@code @Access} chooses the
     * other one: a getter marked {@code @Access(PROPERTY)} in a class of field access, say.
     */
    private static List<Attribute> attributes(TypeElement type, boolean propertyAccess) {
        List<Attribute> attributes = new ArrayList<>(propertyAccess ? properties(type) : fields(type));
        (propertyAccess ? fields(type) : properties(type)).stream()
                .filter(a -> explicitAccess(a.element()).filter(property -> property != propertyAccess).isPresent())
                .forEach(attributes::add);
        return attributes;
    }

    /** {@code @Access} on a class or an attribute: true for {@code PROPERTY}, false for {@code FIELD}. */
    private static Optional<Boolean> explicitAccess(Element element) {
        return Annotations.find(element, Jpa.ACCESS).flatMap(a -> Annotations.constant(a, "value"))
                .map("PROPERTY"::equals);
    }

    /** The attributes of an embeddable, with its owner's access type unless its own {@code @Access} says otherwise. */
    static List<Attribute> ofEmbeddable(TypeElement embeddable, boolean propertyAccess) {
        return attributes(embeddable, explicitAccess(embeddable).orElse(propertyAccess));
    }

    /** Whether the entity's attributes are read through getters ({@code @Id} on a getter up its hierarchy). */
    static boolean propertyAccess(TypeElement entity) {
        Optional<Boolean> explicit = explicitAccess(entity);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        for (TypeElement type = entity; type != null; type = superclass(type)) {
            if (idOnGetter(type)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code @Id} sits on a getter of this class. */
    private static boolean idOnGetter(TypeElement type) {
        return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .anyMatch(m -> Annotations.find(m, Jpa.ID).isPresent());
    }

    private static List<Attribute> fields(TypeElement type) {
        List<Attribute> attributes = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (field.getModifiers().contains(Modifier.STATIC) || field.getModifiers().contains(Modifier.TRANSIENT)
                    || Annotations.find(field, Jpa.TRANSIENT).isPresent()
                    || Annotations.find(field, HibernateAnnotations.FORMULA).isPresent()) {
                continue;
            }
            attributes.add(new Attribute(field, field.getSimpleName().toString(), field.asType()));
        }
        return attributes;
    }

    private static List<Attribute> properties(TypeElement type) {
        List<Attribute> attributes = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            String name = method.getSimpleName().toString();
            boolean getter = method.getParameters().isEmpty() && method.getReturnType().getKind() != TypeKind.VOID
                    && (name.startsWith("get") && name.length() > 3
                        || name.startsWith("is") && name.length() > 2
                           && method.getReturnType().getKind() == TypeKind.BOOLEAN);
            if (!getter || method.getModifiers().contains(Modifier.STATIC)
                    || Annotations.find(method, Jpa.TRANSIENT).isPresent()
                    || Annotations.find(method, HibernateAnnotations.FORMULA).isPresent()) {
                continue;
            }
            String property = decapitalize(name.substring(name.startsWith("is") ? 2 : 3));
            attributes.add(new Attribute(method, property, method.getReturnType()));
        }
        return attributes;
    }

    /** As JavaBeans: {@code Name} becomes {@code name}, but {@code URL} stays {@code URL}. */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    static TypeElement superclass(TypeElement type) {
        if (type.getSuperclass().getKind() != TypeKind.DECLARED) {
            return null;
        }
        Element element = ((DeclaredType) type.getSuperclass()).asElement();
        return element instanceof TypeElement parent && !parent.getQualifiedName().contentEquals("java.lang.Object")
                ? parent : null;
    }
}
