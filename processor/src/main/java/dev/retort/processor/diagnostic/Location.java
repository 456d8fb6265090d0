package dev.retort.processor.diagnostic;

import com.sun.source.util.TreePath;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic goes, so that an IDE underlines the exact spot: a tree in a method body, or an
 * element, optionally narrowed to one of its annotations and one value of it; for an element javac
 * read from a class file, the line of its source that an earlier build recorded.
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

    /**
     * The value of {@code member} as the annotation writes it, so the caret lands on what is wrong;
     * the annotation when it does not write the member (a default has no place in the source).
     */
    static Location ofMember(Element element, AnnotationMirror annotation, String member) {
        return ofMember(element, annotation, annotation, member);
    }

    /** The value of {@code member} of {@code nested}, an annotation written inside {@code annotation}. */
    static Location ofMember(Element element, AnnotationMirror annotation, AnnotationMirror nested, String member) {
        return nested.getElementValues().entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals(member)).findFirst()
                .map(e -> of(element, annotation, e.getValue())).orElseGet(() -> of(element, annotation));
    }

    static Location of(TreePath path, Element enclosing) {
        return new InTree(path, enclosing);
    }

    /**
     * A line of a source that is not being compiled (a class file of an earlier build records it),
     * for a diagnostic about the element from that class file.
     */
    static Location atLine(Element element, String file, int line) {
        return new AtLine(element, file, line);
    }

    /** An element, its annotation, its annotation's value; the last two may be null. */
    record OnElement(Element element, AnnotationMirror annotation, AnnotationValue value) implements Location {}

    /** A tree, inside the given element (the method or class whose body holds it). */
    record InTree(TreePath path, Element element) implements Location {}

    /** A line of the source file, relative to its source root, of an element read from its class file. */
    record AtLine(Element element, String file, int line) implements Location {}
}
