package dev.retort.processor.migration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The members of classes, declared and inherited, by simple name, in the order javac lists them:
 * read once per round and shared by every migration's {@link NameScope}. A thousand migrations that
 * call the DSL's static factories ask for the DSL's members a thousand times; javac builds that list
 * anew for each ask.
 */
final class Members {

    private final Elements elements;
    private final Map<TypeElement, Map<String, List<Element>>> byOwner = new HashMap<>();

    Members(Elements elements) {
        this.elements = elements;
    }

    /** The members of a class with this simple name; empty when it has none. */
    List<Element> named(TypeElement owner, String name) {
        return byOwner.computeIfAbsent(owner, this::read).getOrDefault(name, List.of());
    }

    private Map<String, List<Element>> read(TypeElement owner) {
        Map<String, List<Element>> byName = new HashMap<>();
        for (Element member : elements.getAllMembers(owner)) {
            byName.computeIfAbsent(member.getSimpleName().toString(), name -> new ArrayList<>(1)).add(member);
        }
        return byName;
    }
}
