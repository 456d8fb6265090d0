package dev.retort.processor.model;

import dev.retort.processor.util.Annotations;
import javax.lang.model.element.Element;

/** Which mapping annotations make an attribute something other than a basic value. */
final class Relations {

    private Relations() {}

    /** A many-to-one, or a one-to-one without {@code mappedBy}: a join column in the owner's table. */
    static boolean isOwningToOne(Element element) {
        return Annotations.find(element, Jpa.MANY_TO_ONE).isPresent() || Annotations.find(element, Jpa.ONE_TO_ONE)
                .map(o -> Annotations.string(o, "mappedBy").orElse("").isEmpty()).orElse(false);
    }

    static boolean isCollection(Element element) {
        return Annotations.find(element, Jpa.ONE_TO_MANY).isPresent()
                || Annotations.find(element, Jpa.MANY_TO_MANY).isPresent()
                || Annotations.find(element, Jpa.ELEMENT_COLLECTION).isPresent();
    }

    static boolean isRelationOrCollection(Element element) {
        return Annotations.find(element, Jpa.MANY_TO_ONE).isPresent()
                || Annotations.find(element, Jpa.ONE_TO_ONE).isPresent()
                || isCollection(element);
    }
}
