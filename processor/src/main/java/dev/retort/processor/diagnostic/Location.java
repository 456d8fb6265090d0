package dev.retort.processor.diagnostic;

import com.sun.source.util.TreePath;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic goes, so that an IDE underlines the exact spot: a tree in a method body, or an
 * element, optionally narrowed to one of its annotations and one value of it.
 */
public sealed interface Location {

    /** The element whose {@code @SuppressWarnings} and enclosing elements govern the diagnostic. */
    Element element();

    static Location of(Element element) {
        return new OnElement(element, null, null);
    }

    static Location of(Element element, AnnotationMirror annotation) {
        return new OnElement(element, annotation, null);
    }

    static Location of(Element element, AnnotationMirror annotation, AnnotationValue value) {
        return new OnElement(element, annotation, value);
    }

    static Location of(TreePath path, Element enclosing) {
        return new InTree(path, enclosing);
    }

    /** An element, its annotation, its annotation's value; the last two may be null. */
    record OnElement(Element element, AnnotationMirror annotation, AnnotationValue value) implements Location {}

    /** A tree, inside the given element (the method or class whose body holds it). */
    record InTree(TreePath path, Element element) implements Location {}
}
