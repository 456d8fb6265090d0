package dev.retort.processor.model;

import dev.retort.processor.util.Annotations;
import javax.lang.model.element.Element;

/** Which mapping annotations make an attribute something other than a basic value. */
final class Relations {

    private Relations() {}

    static boolean isRelationOrCollection(Element element) {
        return Annotations.find(element, Jpa.MANY_TO_ONE).isPresent()
                || Annotations.find(element, Jpa.ONE_TO_ONE).isPresent()
                || Annotations.find(element, Jpa.ONE_TO_MANY).isPresent()
                || Annotations.find(element, Jpa.MANY_TO_MANY).isPresent()
                || Annotations.find(element, Jpa.ELEMENT_COLLECTION).isPresent();
    }
}
