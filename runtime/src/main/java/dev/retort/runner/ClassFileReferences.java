package dev.retort.runner;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classNames = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (int index : classNames) {
            String name = index < count ? utf8[index] : null;
            if (name == null) {
                throw new IOException("a class entry names no UTF-8 constant");
            }
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
}
