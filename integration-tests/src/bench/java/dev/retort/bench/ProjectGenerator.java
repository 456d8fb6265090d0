package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a synthetic project: {@code entities} entities on a base model, each with an embedded value
 * and a relation to the one before it (its foreign key and index), and five migrations per entity that
 * build exactly that model: a table, added columns, a rename, the relation (foreign key and an online
 * index), and a data step. The processor compiling it without an error proves the generator.
 */
public final class ProjectGenerator {

    public static final String MODEL = "bench/model";
    public static final String MIGRATIONS = "bench/migrations";

    private ProjectGenerator() {}

    /** Writes the project's sources under {@code sources}; returns the number of migrations. */
    public static int write(Path sources, int entities) {
        try {
            Files.createDirectories(sources.resolve(MODEL));
            Files.createDirectories(sources.resolve(MIGRATIONS));
            Files.writeString(sources.resolve(MODEL).resolve("BaseModel.java"), """
                    package bench.model;

                    import jakarta.persistence.*;

                    @MappedSuperclass
                    public abstract class BaseModel {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(nullable = false) java.time.LocalDateTime createdAt;
                    }
                    """);
            Files.writeString(sources.resolve(MODEL).resolve("Label.java"), """
                    package bench.model;

                    import jakarta.persistence.*;

                    @Embeddable
                    public class Label {
                        @Column(length = 40) String code;
                        Boolean archived;
                    }
                    """);
            String previous = null;
            int count = 0;
            for (int i = 0; i < entities; i++) {
                Files.writeString(sources.resolve(MODEL).resolve(entity(i) + ".java"), entitySource(i));
                for (int step = 0; step < 5; step++) {
                    String id = id(count);
                    String name = entity(i) + "Step" + step;
                    Files.writeString(sources.resolve(MIGRATIONS).resolve(name + ".java"),
                            migrationSource(name, id, previous, i, step));
                    previous = id;
                    count++;
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String entity(int i) {
        return "Entity" + i;
    }

    static String table(int i) {
        return "entity" + i;
    }

    private static String id(int migration) {
        return String.format(Locale.ROOT, "%012x", 0x100000000L + migration * 7919L);
    }

    private static String entitySource(int i) {
        String relation = i == 0 ? "" : "    @ManyToOne " + entity(i - 1) + " parent;\n";
        String index = i == 0 ? "" : "@Table(indexes = @Index(columnList = \"parent_id\"))\n";
        return "package bench.model;\n\nimport jakarta.persistence.*;\n\n@Entity\n" + index
                + "public class " + entity(i) + " extends BaseModel {\n"
                + "    @Column(length = 100) String name;\n"
                + "    Integer amount;\n"
                + "    @Embedded Label label;\n"
                + relation
                + "}\n";
    }

    private static String migrationSource(String name, String id, String previous, int i, int step) {
        String t = table(i);
        String up;
        String down;
        switch (step) {
            case 0 -> {
                up = "op.createTable(\"" + t + "\", column(\"id\", BIGINT).primaryKey().identity(),"
                        + " column(\"createdAt\", TIMESTAMP).notNull(), column(\"title\", varchar(100)));";
                down = "op.dropTable(\"" + t + "\");";
            }
            case 1 -> {
                up = "op.addColumn(\"" + t + "\", column(\"amount\", INTEGER));\n"
                        + "        op.addColumn(\"" + t + "\", column(\"code\", varchar(40)));\n"
                        + "        op.addColumn(\"" + t + "\", column(\"archived\", BOOLEAN));";
                down = "op.dropColumn(\"" + t + "\", \"archived\");\n"
                        + "        op.dropColumn(\"" + t + "\", \"code\");\n"
                        + "        op.dropColumn(\"" + t + "\", \"amount\");";
            }
            case 2 -> {
                up = "op.renameColumn(\"" + t + "\", \"title\", \"name\");";
                down = "op.renameColumn(\"" + t + "\", \"name\", \"title\");";
            }
            case 3 -> {
                if (i == 0) {
                    up = "op.execute(\"UPDATE " + t + " SET name = 'first' WHERE name IS NULL\");";
                    down = "op.execute(\"UPDATE " + t + " SET name = NULL WHERE name = 'first'\");";
                } else {
                    up = "op.addColumn(\"" + t + "\", column(\"parent_id\", BIGINT));\n"
                            + "        op.createForeignKey(\"fk_" + t + "_parent\", \"" + t + "\", \"parent_id\", \""
                            + table(i - 1) + "\", \"id\");\n"
                            + "        op.createIndexOnline(\"idx_" + t + "_parent\", \"" + t + "\", \"parent_id\");";
                    down = "op.dropForeignKey(\"fk_" + t + "_parent\", \"" + t + "\");\n"
                            + "        op.dropIndex(\"idx_" + t + "_parent\", \"" + t + "\");\n"
                            + "        op.dropColumn(\"" + t + "\", \"parent_id\");";
                }
            }
            default -> {
                up = "op.execute(\"UPDATE " + t + " SET amount = 0 WHERE amount IS NULL\");";
                down = "op.execute(\"UPDATE " + t + " SET amount = NULL WHERE amount = 0\");";
            }
        }
        String revises = previous == null ? "" : ", revises = \"" + previous + "\"";
        return "package bench.migrations;\n\n"
                + "import static dev.retort.migration.Dsl.*;\n\n"
                + "import dev.retort.annotation.Migration;\n"
                + "import dev.retort.migration.MigrationScript;\n"
                + "import dev.retort.migration.Ops;\n\n"
                + "@Migration(id = \"" + id + "\"" + revises + ", description = \"" + name + "\")\n"
                + "public class " + name + " implements MigrationScript {\n"
                + "    @Override public void upgrade(Ops op) {\n        " + up + "\n    }\n"
                + "    @Override public void downgrade(Ops op) {\n        " + down + "\n    }\n"
                + "}\n";
    }
}
