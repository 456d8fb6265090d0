package dev.retort.processor.util;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.lang.model.element.Name;

/**
 * A javac {@link Name} as text, made once per name: javac's {@code Name.contentEquals} decodes the
 * name into a new string at each call, and the annotations of every element are compared by name
 * many times (about 120 MB of strings on a 1200-entity project). javac's names are unique within a
 * compilation and compare by identity; held weakly, they go with the compilation.
 */
public final class NameText {

    private static final Map<Name, String> TEXTS = Collections.synchronizedMap(new WeakHashMap<>());

    private NameText() {}

    public static String of(Name name) {
        return TEXTS.computeIfAbsent(name, Name::toString);
    }

    public static boolean is(Name name, String text) {
        return of(name).equals(text);
    }
}
