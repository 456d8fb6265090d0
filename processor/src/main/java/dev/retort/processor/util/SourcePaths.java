package dev.retort.processor.util;

import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** The path of a class's source file relative to its source root, as javac looks it up: {@code app/model/User.java}. */
public final class SourcePaths {

    private SourcePaths() {}

    /** The path of a source file of this name in the class's package. */
    public static String in(Elements elements, TypeElement type, String fileName) {
        String packageName = elements.getPackageOf(type).getQualifiedName().toString();
        return packageName.isEmpty() ? fileName : packageName.replace('.', '/') + "/" + fileName;
    }

    /** The path of the file a top-level class is declared in by convention: its own name. */
    public static String conventional(Elements elements, TypeElement type) {
        return in(elements, outermost(type), outermost(type).getSimpleName() + ".java");
    }

    /** The top-level class that holds this one. */
    public static TypeElement outermost(TypeElement type) {
        TypeElement outer = type;
        while (outer.getEnclosingElement() instanceof TypeElement enclosing) {
            outer = enclosing;
        }
        return outer;
    }
}
