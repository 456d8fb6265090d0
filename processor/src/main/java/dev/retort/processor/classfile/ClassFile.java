package dev.retort.processor.classfile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a class file that Retort reads (JVMS chapter 4): the constant pool, and each method's
 * name, descriptor, code and line numbers. Enough to read a migration body compiled in an earlier
 * build; everything else is skipped.
 */
public final class ClassFile {

    /** A method with its code (empty for an abstract method) and the line of each instruction. */
    public record Method(String name, String descriptor, int access, byte[] code, int[] pcs, int[] lines) {

        /** The source line of the instruction at {@code pc}: that of the last entry at or before it. */
        public int lineAt(int pc) {
            int best = -1;
            int line = 0;
            for (int i = 0; i < pcs.length; i++) {
                if (pcs[i] <= pc && pcs[i] >= best) {
                    best = pcs[i];
                    line = lines[i];
                }
            }
            return line;
        }
    }

    /** A reference to a field or method: its class (internal name), name and descriptor. */
    public record Member(String owner, String name, String descriptor) {}

    private static final int UTF8 = 1, INTEGER = 3, FLOAT = 4, LONG = 5, DOUBLE = 6, CLASS = 7, STRING = 8,
            FIELD = 9, METHOD = 10, INTERFACE_METHOD = 11, NAME_AND_TYPE = 12, METHOD_HANDLE = 15,
            METHOD_TYPE = 16, DYNAMIC = 17, INVOKE_DYNAMIC = 18, MODULE = 19, PACKAGE = 20;

    private final Object[] pool;
    private final int[] tags;
    private final String name;
    private final String sourceFile;
    private final List<Method> methods;

    private ClassFile(Object[] pool, int[] tags, String name, String sourceFile, List<Method> methods) {
        this.pool = pool;
        this.tags = tags;
        this.name = name;
        this.sourceFile = sourceFile;
        this.methods = methods;
    }

    /** @throws ClassFileException when the bytes are not a class file Retort can read */
    public static ClassFile parse(byte[] bytes) {
        try {
            return read(new ClassBytes(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ClassFileException("not a readable class file (" + e + ")");
        }
    }

    private static ClassFile read(ClassBytes in) throws IOException {
        if (in.u4() != 0xCAFEBABE) {
            throw new ClassFileException("not a class file");
        }
        in.skip(4);
        int count = in.u2();
        Object[] pool = new Object[count];
        int[] tags = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.u1();
            tags[i] = tag;
            switch (tag) {
                case UTF8: pool[i] = in.utf8(); break;
                case INTEGER: pool[i] = in.u4(); break;
                case FLOAT: pool[i] = Float.intBitsToFloat(in.u4()); break;
                case LONG: pool[i] = in.u8(); i++; break;
                case DOUBLE: pool[i] = Double.longBitsToDouble(in.u8()); i++; break;
                case CLASS: case STRING: case METHOD_TYPE: case MODULE: case PACKAGE:
                    pool[i] = new int[] {in.u2()};
                    break;
                case FIELD: case METHOD: case INTERFACE_METHOD: case NAME_AND_TYPE: case DYNAMIC: case INVOKE_DYNAMIC:
                    pool[i] = new int[] {in.u2(), in.u2()};
                    break;
                case METHOD_HANDLE:
                    pool[i] = new int[] {in.u1(), in.u2()};
                    break;
                default:
                    throw new ClassFileException("unknown constant pool tag " + tag);
            }
        }
        in.skip(2);
        int thisClass = in.u2();
        in.skip(2);
        in.skip(2L * in.u2());
        int fields = in.u2();
        for (int i = 0; i < fields; i++) {
            in.skip(6);
            skipAttributes(in);
        }
        List<Method> methods = new ArrayList<>();
        int methodCount = in.u2();
        for (int i = 0; i < methodCount; i++) {
            int access = in.u2();
            String methodName = (String) pool[in.u2()];
            String descriptor = (String) pool[in.u2()];
            methods.add(readMethod(in, pool, methodName, descriptor, access));
        }
        String sourceFile = null;
        int attributes = in.u2();
        for (int i = 0; i < attributes; i++) {
            String attribute = (String) pool[in.u2()];
            int length = in.u4();
            if (attribute.equals("SourceFile")) {
                sourceFile = (String) pool[in.u2()];
            } else {
                in.skip(length);
            }
        }
        String name = (String) pool[((int[]) pool[thisClass])[0]];
        return new ClassFile(pool, tags, name, sourceFile, List.copyOf(methods));
    }

    private static Method readMethod(ClassBytes in, Object[] pool, String name, String descriptor, int access)
            throws IOException {
        byte[] code = new byte[0];
        int[] pcs = new int[0];
        int[] lines = new int[0];
        int attributes = in.u2();
        for (int a = 0; a < attributes; a++) {
            String attribute = (String) pool[in.u2()];
            int length = in.u4();
            if (!attribute.equals("Code")) {
                in.skip(length);
                continue;
            }
            in.skip(4);
            code = in.bytes(in.u4());
            int handlers = in.u2();
            in.skip(handlers * 8L);
            int codeAttributes = in.u2();
            for (int c = 0; c < codeAttributes; c++) {
                String codeAttribute = (String) pool[in.u2()];
                int codeLength = in.u4();
                if (codeAttribute.equals("LineNumberTable")) {
                    int entries = in.u2();
                    pcs = new int[entries];
                    lines = new int[entries];
                    for (int e = 0; e < entries; e++) {
                        pcs[e] = in.u2();
                        lines[e] = in.u2();
                    }
                } else {
                    in.skip(codeLength);
                }
            }
        }
        return new Method(name, descriptor, access, code, pcs, lines);
    }

    private static void skipAttributes(ClassBytes in) {
        int attributes = in.u2();
        for (int i = 0; i < attributes; i++) {
            in.skip(2);
            in.skip(in.u4());
        }
    }

    /** The class's internal name, e.g. {@code app/migrations/AddPhone}. */
    public String name() {
        return name;
    }

    /** The name of the source file it was compiled from, e.g. {@code AddPhone.java}, when recorded. */
    public Optional<String> sourceFile() {
        return Optional.ofNullable(sourceFile);
    }

    public Optional<Method> method(String methodName, String descriptor) {
        for (Method method : methods) {
            if (method.name().equals(methodName) && method.descriptor().equals(descriptor)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    /** The constant at this index, as {@code ldc} pushes it: a String, Integer, Long, Float or Double. */
    public Object loadable(int index) {
        switch (tags[index]) {
            case INTEGER: case FLOAT: case LONG: case DOUBLE:
                return pool[index];
            case STRING:
                return utf8(((int[]) pool[index])[0]);
            default:
                throw new ClassFileException("a constant Retort does not read (tag " + tags[index] + ")");
        }
    }

    /** The internal name of the class at this index. */
    public String className(int index) {
        return utf8(((int[]) pool[index])[0]);
    }

    /** The field, method or interface method at this index. */
    public Member member(int index) {
        int[] reference = (int[]) pool[index];
        int[] nameAndType = (int[]) pool[reference[1]];
        return new Member(className(reference[0]), utf8(nameAndType[0]), utf8(nameAndType[1]));
    }

    /** The descriptor of an {@code invokedynamic} call site, e.g. {@code ()Ldev/retort/operation/DataStep;}. */
    public String dynamicDescriptor(int index) {
        int[] reference = (int[]) pool[index];
        return utf8(((int[]) pool[reference[1]])[1]);
    }

    private String utf8(int index) {
        return (String) pool[index];
    }
}
