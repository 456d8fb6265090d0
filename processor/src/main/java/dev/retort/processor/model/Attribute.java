package dev.retort.processor.model;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/** A persistent attribute: the field or getter that maps it, its JPA name and its Java type. */
record Attribute(Element element, String name, TypeMirror type) {}
