package dev.retort.processor.migration;

import dev.retort.migration.Ops;
import java.lang.reflect.Array;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Maps javac's view of a type to the class the processor itself runs with, to call Retort's DSL on
 * values javac read. Only JDK and Retort types can be mapped: user classes are not compiled yet.
 */
final class ReflectiveTypes {

    private final Types types;
    private final Elements elements;

    ReflectiveTypes(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
    }

    Class<?> classOf(TypeMirror mirror) throws ClassNotFoundException {
        TypeMirror erased = types.erasure(mirror);
        switch (erased.getKind()) {
            case BOOLEAN: return boolean.class;
            case BYTE: return byte.class;
            case SHORT: return short.class;
            case INT: return int.class;
            case LONG: return long.class;
            case CHAR: return char.class;
            case FLOAT: return float.class;
            case DOUBLE: return double.class;
            case ARRAY:
                return Array.newInstance(classOf(((ArrayType) erased).getComponentType()), 0).getClass();
            case DECLARED:
                TypeElement element = (TypeElement) ((DeclaredType) erased).asElement();
                return Class.forName(elements.getBinaryName(element).toString(), false, Ops.class.getClassLoader());
            default:
                throw new ClassNotFoundException(erased.toString());
        }
    }

    /** Whether javac's element is one of Retort's DSL classes, whose methods may run at compile time. */
    static boolean isDslClass(TypeElement owner) {
        String name = owner.getQualifiedName().toString();
        return name.equals("dev.retort.migration.Dsl") || name.equals("dev.retort.migration.ColumnSpec")
                || name.equals("dev.retort.schema.SqlType");
    }

    /** Whether a type belongs to Retort, whose constants the processor can read by reflection. */
    static boolean isRetortType(TypeElement owner) {
        return owner.getQualifiedName().toString().startsWith("dev.retort.");
    }
}
