package dev.retort.processor.model;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A value that becomes one column: the field or getter declaring it, its logical column name, its Java
 * type and the {@code @Column} that shapes it (the attribute's own, or an override's).
 * {@code inEmbeddable} values are nullable even when primitive, as Hibernate maps them.
 * {@code convertPath} is the {@code @Convert(attributeName)} that names this value on its element:
 * empty for the element's own value, {@code "key"} for a map's key.
 */
record BasicValue(Element element, String name, TypeMirror type, Optional<AnnotationMirror> column,
                  boolean inEmbeddable, String convertPath) {

    BasicValue(Element element, String name, TypeMirror type, Optional<AnnotationMirror> column,
               boolean inEmbeddable) {
        this(element, name, type, column, inEmbeddable, "");
    }
}
