package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code count} migrations of three DDL statements each, as Retort migrations. */
final class DdlMigrations {

    static final String PACKAGE = "ddl.migrations";

    private DdlMigrations() {}

    static void write(Path sources, int count) {
        Path folder = sources.resolve(PACKAGE.replace('.', '/'));
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                String revises = i == 0 ? "" : ", revises = \"" + id(i - 1) + "\"";
                Files.writeString(folder.resolve("M" + i + ".java"), "package " + PACKAGE + ";\n\n"
                        + "import static dev.retort.migration.Dsl.*;\n\n"
                        + "import dev.retort.annotation.Migration;\nimport dev.retort.migration.*;\n\n"
                        + "@Migration(id = \"" + id(i) + "\"" + revises + ", description = \"table t" + i + "\")\n"
                        + "public class M" + i + " implements MigrationScript {\n"
                        + "    @Override public void upgrade(Ops op) {\n"
                        + "        op.createTable(\"t" + i + "\", column(\"id\", BIGINT).primaryKey(),"
                        + " column(\"a\", varchar(50)));\n"
                        + "        op.createIndex(\"idx_t" + i + "_a\", \"t" + i + "\", \"a\");\n"
                        + "        op.addColumn(\"t" + i + "\", column(\"b\", INTEGER));\n"
                        + "    }\n"
                        + "    @Override public void downgrade(Ops op) {\n"
                        + "        op.dropTable(\"t" + i + "\");\n"
                        + "    }\n}\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String id(int i) {
        return String.format(Locale.ROOT, "%012x", 0xa00000000L + i);
    }
}
