package dev.retort.processor.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The check the processor keeps of a class file: equal for equal bytes, different for every small edit. */
class ChangeCheckTest {

    @Test
    void equalBytesGiveTheSameCheckAndItNamesTheirLength() {
        assertEquals(ChangeCheck.of(new byte[] {1, 2, 3}), ChangeCheck.of(new byte[] {1, 2, 3}));
        assertEquals("0-0-1", ChangeCheck.of(new byte[0]));
        assertEquals(ChangeCheck.of("é"), ChangeCheck.of(new byte[] {(byte) 0xC3, (byte) 0xA9}));
    }

    @Test
    void everyOneByteEditSwapAndTruncationOfAClassSizedFileGivesAnotherCheck() {
        byte[] file = new byte[1500];
        new Random(7).nextBytes(file);
        String original = ChangeCheck.of(file);
        Set<String> seen = new HashSet<>(Set.of(original));
        for (int i = 0; i < file.length; i++) {
            byte[] edited = file.clone();
            edited[i] ^= 1;
            assertNotEquals(original, ChangeCheck.of(edited), "bit 0 of byte " + i);
            seen.add(ChangeCheck.of(edited));
        }
        for (int i = 0; i + 1 < file.length; i++) {
            if (file[i] != file[i + 1]) {
                byte[] swapped = file.clone();
                swapped[i] = file[i + 1];
                swapped[i + 1] = file[i];
                assertNotEquals(original, ChangeCheck.of(swapped), "bytes " + i + " and " + (i + 1) + " swapped");
            }
        }
        assertNotEquals(original, ChangeCheck.of(java.util.Arrays.copyOf(file, file.length - 1)));
        assertEquals(file.length + 1, seen.size(), "each edit its own check");
    }
}
