package dev.retort.parity;

import dev.retort.schema.Schema;
import dev.retort.testing.SchemaText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hibernate.Version;

/**
 * Both sides of a comparison, one line per object, under {@code target/parity/<Hibernate version>/}:
 * {@code diff} them to see what differs.
 */
final class ParityReport {

    private ParityReport() {}

    static void write(String name, Schema retort, Schema hibernate) throws IOException {
        Path folder = Path.of("target/parity", Version.getVersionString());
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name + ".retort.txt"), SchemaText.of(retort) + "\n");
        Files.writeString(folder.resolve(name + ".hibernate.txt"), SchemaText.of(hibernate) + "\n");
    }
}
