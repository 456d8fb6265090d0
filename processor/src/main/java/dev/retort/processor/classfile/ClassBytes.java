package dev.retort.processor.classfile;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A class file's bytes read in order, big-endian as JVMS 4 has them: a cursor over the array, with
 * none of a stream's per-byte cost (thousands of class files are read in a partial build).
 */
final class ClassBytes {

    private final byte[] bytes;
    private int position;

    ClassBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    int u1() {
        return bytes[position++] & 0xFF;
    }

    int u2() {
        int value = (bytes[position] & 0xFF) << 8 | bytes[position + 1] & 0xFF;
        position += 2;
        return value;
    }

    int u4() {
        return u2() << 16 | u2();
    }

    long u8() {
        return (long) u4() << 32 | u4() & 0xFFFFFFFFL;
    }

    void skip(long count) {
        if (count < 0 || position + count > bytes.length) {
            throw new ArrayIndexOutOfBoundsException("the class file ends at " + bytes.length);
        }
        position += (int) count;
    }

    byte[] bytes(int count) {
        int start = position;
        skip(count);
        return Arrays.copyOfRange(bytes, start, position);
    }

    /** A CONSTANT_Utf8: its length, then modified UTF-8 (plain ASCII in nearly every class file). */
    String utf8() throws IOException {
        int length = u2();
        int end = position + length;
        if (end > bytes.length) {
            throw new ArrayIndexOutOfBoundsException("the class file ends at " + bytes.length);
        }
        for (int i = position; i < end; i++) {
            if (bytes[i] <= 0) { // beyond ASCII, or modified UTF-8's two-byte NUL
                String text = new DataInputStream(new ByteArrayInputStream(bytes, position - 2, length + 2)).readUTF();
                position = end;
                return text;
            }
        }
        String text = new String(bytes, position, length, StandardCharsets.ISO_8859_1);
        position = end;
        return text;
    }
}
