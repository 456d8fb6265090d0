package dev.retort.testing;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A parent loader that hides some of what its own parent sees: the classes of one package and the
 * resources under some prefixes. A loader over a jar or directory beneath it then defines those
 * classes and finds those resources itself, as an application's own loader does for its classes.
 */
public class HidingClassLoader extends ClassLoader {

    private final String hiddenPackage;
    private final List<String> hiddenResources;

    /** Hides the classes whose names start with {@code hiddenPackage} and the resources under {@code hiddenResources}. */
    public HidingClassLoader(ClassLoader parent, String hiddenPackage, List<String> hiddenResources) {
        super(parent);
        this.hiddenPackage = hiddenPackage;
        this.hiddenResources = List.copyOf(hiddenResources);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(hiddenPackage)) {
            throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return hidden(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return hidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }

    private boolean hidden(String name) {
        return hiddenResources.stream().anyMatch(name::startsWith);
    }
}
