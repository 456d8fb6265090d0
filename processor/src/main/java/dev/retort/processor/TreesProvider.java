package dev.retort.processor;

import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Finds javac's Tree API behind the processing environment. Gradle and IDEs wrap javac's
 * environment in their own; the wrapped one is found by following fields of the environment's type.
 */
final class TreesProvider {

    private TreesProvider() {}

    /** The Tree API, or null when no javac environment can be found. */
    static Trees find(ProcessingEnvironment environment) {
        return find(environment, new HashSet<>());
    }

    /** The processing environment javac created, or the given one when it cannot be unwrapped. */
    static ProcessingEnvironment unwrap(ProcessingEnvironment environment) {
        ProcessingEnvironment found = unwrap(environment, new HashSet<>());
        return found == null ? environment : found;
    }

    private static Trees find(ProcessingEnvironment environment, Set<Object> seen) {
        ProcessingEnvironment javac = unwrap(environment, seen);
        if (javac == null) {
            return null;
        }
        try {
            return Trees.instance(javac);
        } catch (IllegalArgumentException | LinkageError e) {
            return null;
        }
    }

    private static ProcessingEnvironment unwrap(ProcessingEnvironment environment, Set<Object> seen) {
        if (environment == null || !seen.add(environment)) {
            return null;
        }
        if (environment.getClass().getName().startsWith("com.sun.tools.javac.")) {
            return environment;
        }
        for (Class<?> type = environment.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!ProcessingEnvironment.class.isAssignableFrom(field.getType())) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    ProcessingEnvironment inner = unwrap((ProcessingEnvironment) field.get(environment), seen);
                    if (inner != null) {
                        return inner;
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // A field we may not read (module boundaries): try the next one.
                }
            }
        }
        return null;
    }
}
