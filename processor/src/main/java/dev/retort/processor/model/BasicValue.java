package dev.retort.processor.model;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A value that becomes one column: the field or getter declaring it, its logical column name, its Java
 * type and the {@code @Column} that shapes it (the attribute's own, or an override's).
 * {@code primitiveNullable}: the values of an embeddable or of a secondary table are nullable even
 * when primitive, as Hibernate maps them.
 * {@code convertPath} is the {@code @Convert(attributeName)} that names this value on its element:
 * empty for the element's own value, {@code "key"} for a map's key. {@code enclosingConvert} is the
 * {@code @Convert(attributeName)} of an embedding attribute that names this value; it wins over the
 * value's own.
 */
record BasicValue(Element element, String name, TypeMirror type, Optional<AnnotationMirror> column,
                  boolean primitiveNullable, String convertPath, Optional<AnnotationMirror> enclosingConvert) {

    BasicValue(Element element, String name, TypeMirror type, Optional<AnnotationMirror> column,
               boolean primitiveNullable) {
        this(element, name, type, column, primitiveNullable, "", Optional.empty());
    }

    BasicValue(Element element, String name, TypeMirror type, Optional<AnnotationMirror> column,
               boolean primitiveNullable, String convertPath) {
        this(element, name, type, column, primitiveNullable, convertPath, Optional.empty());
    }

    /** This value in a secondary table. */
    BasicValue inSecondaryTable() {
        return new BasicValue(element, name, type, column, true, convertPath, enclosingConvert);
    }
}
