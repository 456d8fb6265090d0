package dev.retort.processor.model;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Identifiers;
import dev.retort.schema.SqlType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The check Hibernate 6 puts on an enum column: the range of ordinals, or the list of names. Retort
 * expects the portable form (a varchar with a check for {@code STRING}) that Hibernate creates on
 * PostgreSQL; on H2 and MySQL Hibernate prefers their native {@code ENUM} type instead.
 */
final class EnumChecks {

    private EnumChecks() {}

    static boolean isEnum(TypeMirror javaType) {
        return javaType.getKind() == TypeKind.DECLARED
                && ((DeclaredType) javaType).asElement().getKind() == ElementKind.ENUM;
    }

    static Optional<CheckConstraint> of(String table, TypeMirror javaType, Column column) {
        if (javaType.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement type = (TypeElement) ((DeclaredType) javaType).asElement();
        if (type.getKind() != ElementKind.ENUM) {
            return Optional.empty();
        }
        List<String> constants = type.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString()).toList();
        if (constants.isEmpty()) {
            return Optional.empty();
        }
        String name = "ck_" + Identifiers.namePart(table) + "_" + column.name();
        if (column.type().kind() == SqlType.Kind.TINYINT) {
            return Optional.of(new CheckConstraint(name, column.name() + " between 0 and " + (constants.size() - 1)));
        }
        return Optional.of(new CheckConstraint(name, column.name() + " in ('" + String.join("','", constants) + "')"));
    }
}
