package dev.retort.runner;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The classes a class file refers to, read from its constant pool without defining the class: every
 * class whose code it can run (a method it calls, a field it reads, its superclass and interfaces)
 * has a {@code CONSTANT_Class} entry there. Names are internal ({@code java/lang/String}).
 */
final class ClassFileReferences {

    private ClassFileReferences() {}

    /** The referenced classes, array types reduced to their element class; fails on a malformed file. */
    static Set<String> of(byte[] classFile) throws IOException {
        if (classFile.length < 10 || readInt(classFile, 0) != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        int count = readShort(classFile, 8);
        // Only the UTF-8 constants that name a class are decoded: where each one starts, by index.
        int[] utf8At = new int[count];
        int[] classNames = new int[count];
        int classes = 0;
        int at = 10;
        try {
            for (int i = 1; i < count; i++) {
                int tag = classFile[at] & 0xFF;
                switch (tag) {
                    case 1 -> {
                        utf8At[i] = at + 1;
                        at += 3 + readShort(classFile, at + 1);
                    }
                    case 7 -> {
                        classNames[classes++] = readShort(classFile, at + 1);
                        at += 3;
                    }
                    case 8, 16, 19, 20 -> at += 3;
                    case 15 -> at += 4;
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> at += 5;
                    case 5, 6 -> {
                        at += 9;
                        i++;
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IOException("the constant pool ends early");
        }
        if (at > classFile.length) {
            throw new IOException("the constant pool ends early");
        }
        Set<String> names = new LinkedHashSet<>();
        for (int c = 0; c < classes; c++) {
            int index = classNames[c];
            if (index <= 0 || index >= count || utf8At[index] == 0) {
                throw new IOException("a class entry names no UTF-8 constant");
            }
            String name = utf8(classFile, utf8At[index]);
            int dimensions = 0;
            while (dimensions < name.length() && name.charAt(dimensions) == '[') {
                dimensions++;
            }
            if (dimensions == 0) {
                names.add(name);
            } else if (name.charAt(dimensions) == 'L') {
                names.add(name.substring(dimensions + 1, name.length() - 1));
            }
        }
        return names;
    }

    /** The modified UTF-8 constant whose length is at {@code at}: ASCII directly, anything else as the JVM reads it. */
    private static String utf8(byte[] classFile, int at) throws IOException {
        int length = readShort(classFile, at);
        for (int i = at + 2; i < at + 2 + length; i++) {
            if (classFile[i] <= 0) {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile, at, length + 2));
                return in.readUTF();
            }
        }
        return new String(classFile, at + 2, length, StandardCharsets.ISO_8859_1);
    }

    private static int readShort(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }

    private static int readInt(byte[] bytes, int at) {
        return readShort(bytes, at) << 16 | readShort(bytes, at + 2);
    }
}
