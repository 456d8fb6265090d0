package dev.retort.runner;

import java.io.IOException;
import java.util.zip.CRC32;

/**
 * One class file as a class loader would define it: its resource name ({@code app/m/V1$1.class}), its
 * size and CRC-32, and how to read its bytes. A jar's central directory holds the size and CRC-32 of
 * each entry, so a class file in a jar is witnessed without being read; one in a directory is read to
 * compute them.
 */
record ClassFile(String name, long size, long crc, Bytes bytes) {

    /** Reads the class file's bytes. */
    interface Bytes {
        byte[] read() throws IOException;
    }

    /** A class file whose size and CRC-32 are computed from its bytes, read now. */
    static ClassFile read(String name, Bytes bytes) throws IOException {
        byte[] content = bytes.read();
        return new ClassFile(name, content.length, crcOf(content), () -> content);
    }

    /** Whether these bytes are the ones this class file's size and CRC-32 describe. */
    boolean describes(byte[] content) {
        return content.length == size && crcOf(content) == crc;
    }

    static long crcOf(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }
}
