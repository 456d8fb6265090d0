package dev.retort.processor.model;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A value that becomes one column: the field or getter declaring it, its logical column name, its Java
 * type and the {@code @Column} that shapes it (the attribute's own, or an override's).
 * {@code inEmbeddable} values are nullable even when primitive, as Hibernate maps them.
 */
record BasicValue(Element element, String name, TypeMirror type, Optional<AnnotationMirror> column,
                  boolean inEmbeddable) {}
