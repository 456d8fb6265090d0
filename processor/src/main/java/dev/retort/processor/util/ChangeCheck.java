package dev.retort.processor.util;

import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * A check value that says whether content changed, for what the processor keeps from one build to
 * compare in the next (never for what it shares with the runtime, whose checksums are SHA-256): the
 * length, the CRC-32 and the Adler-32 of the bytes, the checks zip and zlib use to see damaged data.
 * An accidental change that keeps all three is far rarer than one in 2^32 (CRC-32 alone catches every
 * change of up to 32 adjacent bits; Adler-32 is weaker on very short inputs, so it is the second check,
 * not the only one). Both sums are native in the JDK:
 * in javac's cold JVM, hashing a rebuild's 6000 class files took 150 ms with SHA-256 (interpreted
 * until it is compiled) and 10 ms with these.
 */
public final class ChangeCheck {

    private ChangeCheck() {}

    public static String of(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        Adler32 adler = new Adler32();
        adler.update(bytes);
        return Integer.toHexString(bytes.length) + "-" + Long.toHexString(crc.getValue()) + "-"
                + Long.toHexString(adler.getValue());
    }

    public static String of(CharSequence text) {
        return of(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
