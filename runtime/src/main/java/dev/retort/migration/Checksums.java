package dev.retort.migration;

import dev.retort.operation.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum of a migration: SHA-256 of the {@link CanonicalForm} of its upgrade and downgrade
 * operations. Formatting, comments and the names of constants do not change it; any change to what
 * the migration does, does. A Java data step counts by its position only: its body is opaque.
 */
public final class Checksums {

    private Checksums() {}

    public static String of(List<Operation> upgrade, List<Operation> downgrade) {
        String text = canonical(upgrade) + "\n--\n" + canonical(downgrade);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** The canonical text of these operations, as {@link CanonicalForm} writes it. */
    public static String canonical(List<Operation> operations) {
        return CanonicalForm.of(operations);
    }
}
