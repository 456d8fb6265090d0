package dev.retort.migration;

import dev.retort.operation.Operation;
import dev.retort.operation.RunJava;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The checksum of a migration: SHA-256 of a canonical text of its upgrade and downgrade operations.
 * Formatting, comments and the names of constants do not change it; any change to what the
 * migration does, does. A Java data step counts by its position only: its body is opaque.
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

    /** One line per operation, e.g. {@code AddColumn(table="shows", column=Column(name="created_by", ...))}. */
    public static String canonical(List<Operation> operations) {
        StringBuilder out = new StringBuilder();
        for (Operation operation : operations) {
            append(out, operation);
            out.append('\n');
        }
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof RunJava) {
            out.append("RunJava()");
        } else if (value instanceof String text) {
            out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
        } else if (value instanceof Map<?, ?> map) {
            appendAll(out, map.values());
        } else if (value instanceof List<?> list) {
            appendAll(out, list);
        } else if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('(');
            RecordComponent[] components = record.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(components[i].getName()).append('=');
                append(out, read(components[i], record));
            }
            out.append(')');
        } else {
            out.append(value);
        }
    }

    private static void appendAll(StringBuilder out, Iterable<?> values) {
        out.append('[');
        boolean first = true;
        for (Object item : values) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            append(out, item);
        }
        out.append(']');
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record, e);
        }
    }
}
