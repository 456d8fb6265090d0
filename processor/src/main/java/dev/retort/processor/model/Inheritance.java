package dev.retort.processor.model;

import dev.retort.processor.util.Annotations;
import dev.retort.schema.Column;
import dev.retort.schema.SqlType;
import java.util.function.UnaryOperator;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Entity inheritance as JPA defines it: the root, its strategy, and the SINGLE_TABLE discriminator. */
final class Inheritance {

    private static final int DISCRIMINATOR_LENGTH = 31;

    private Inheritance() {}

    /** The nearest superclass that is an entity; null for a root. */
    static TypeElement parentEntity(TypeElement type) {
        for (TypeElement parent = PersistentAttributes.superclass(type); parent != null;
             parent = PersistentAttributes.superclass(parent)) {
            if (Annotations.find(parent, Jpa.ENTITY).isPresent()) {
                return parent;
            }
        }
        return null;
    }

    static TypeElement root(TypeElement type) {
        TypeElement root = type;
        for (TypeElement parent = parentEntity(type); parent != null; parent = parentEntity(parent)) {
            root = parent;
        }
        return root;
    }

    /** The root's {@code @Inheritance(strategy)}: SINGLE_TABLE by default. */
    static String strategy(TypeElement type) {
        return Annotations.find(root(type), Jpa.INHERITANCE).flatMap(i -> Annotations.constant(i, "strategy"))
                .orElse("SINGLE_TABLE");
    }

    /** Whether the entity is in a TABLE_PER_CLASS hierarchy, whose rows are spread over several tables. */
    static boolean isUnion(TypeElement type) {
        return Annotations.find(root(type), Jpa.INHERITANCE).isPresent() && strategy(type).equals("TABLE_PER_CLASS");
    }

    /** {@code @DiscriminatorColumn} of the root, or Hibernate's {@code DTYPE varchar(31) not null}. */
    static Column discriminator(TypeElement root, UnaryOperator<String> fold) {
        java.util.Optional<AnnotationMirror> column = Annotations.find(root, Jpa.DISCRIMINATOR_COLUMN);
        String name = column.flatMap(c -> Annotations.string(c, "name")).filter(n -> !n.isBlank()).orElse("DTYPE");
        String kind = column.flatMap(c -> Annotations.constant(c, "discriminatorType")).orElse("STRING");
        int length = column.flatMap(c -> Annotations.value(c, "length")).map(v -> v.getValue())
                .filter(Integer.class::isInstance).map(Integer.class::cast).orElse(DISCRIMINATOR_LENGTH);
        SqlType type = switch (kind) {
            case "INTEGER" -> SqlType.of(SqlType.Kind.INTEGER);
            case "CHAR" -> SqlType.character(1);
            default -> SqlType.varchar(length);
        };
        return new Column(fold.apply(name), type, false, null, false);
    }
}
