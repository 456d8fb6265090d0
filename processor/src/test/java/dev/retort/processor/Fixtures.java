package dev.retort.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.processor.expect.Reported;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Builds test sources line by line, so that a test names the exact line a diagnostic belongs on. */
public final class Fixtures {

    /** The note of a compilation with migrations and no entity. */
    public static final Reported NO_ENTITY = Reported.note("[retort] Retort found no @Entity class in this compilation,"
            + " so drift is not checked; if the entities live in another module, name their packages with"
            + " -Aretort.entityPackages=...");

    private Fixtures() {}

    public static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(), sources);
    }

    public static Compilation compile(List<String> options, JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new RetortProcessor()).withOptions(options).compile(sources);
    }

    /** A migration in package app.migrations; {@code body} lines follow the header shown below. */
    public static JavaFileObject migration(String name, String header, String... body) {
        List<String> lines = new ArrayList<>(List.of(
                "package app.migrations;",                                    // 1
                "",                                                           // 2
                "import static dev.retort.migration.Dsl.*;",                  // 3
                "",                                                           // 4
                "import dev.retort.annotation.*;",                            // 5
                "import dev.retort.migration.*;",                             // 6
                ""));                                                         // 7
        lines.add(header);                                                    // 8
        lines.add("public class " + name + " implements MigrationScript {"); // 9
        lines.addAll(List.of(body));                                         // 10...
        lines.add("}");
        return JavaFileObjects.forSourceLines("app.migrations." + name, lines);
    }

    /**
     * A migration revising a1 (users) with these upgrade and downgrade statements: the first upgrade
     * statement is on line 11, and the first downgrade statement on line {@code 13 + up.length}.
     */
    public static JavaFileObject change(String name, String annotations, List<String> up, List<String> down) {
        List<String> body = new ArrayList<>();
        body.add("    @Override public void upgrade(Ops op) {");
        up.forEach(line -> body.add("        " + line));
        body.add("    }");
        body.add("    @Override public void downgrade(Ops op) {");
        down.forEach(line -> body.add("        " + line));
        body.add("    }");
        return migration(name, annotations + "@Migration(id = \"b2\", revises = \"a1\", description = \"" + name + "\")",
                body.toArray(String[]::new));
    }

    public static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    /** The first migration of the three-migration project: users. */
    public static JavaFileObject createUsers() {
        return migration("CreateUsers", "@Migration(id = \"a1\", description = \"create users\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.createTable(\"users\", column(\"id\", BIGINT).primaryKey(),",
                "            column(\"email\", varchar(255)).notNull());",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.dropTable(\"users\");",
                "    }");
    }

    /** The second: a name column. */
    public static JavaFileObject addName() {
        return migration("AddName", "@Migration(id = \"b2\", revises = \"a1\", description = \"add name\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.addColumn(\"users\", column(\"name\", varchar(255)));",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.dropColumn(\"users\", \"name\");",
                "    }");
    }

    /** The third: an index on email. */
    public static JavaFileObject indexEmail() {
        return migration("IndexEmail", "@Migration(id = \"c3\", revises = \"b2\", description = \"index email\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.createIndexOnline(\"idx_users_email\", \"users\", \"email\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.dropIndex(\"idx_users_email\", \"users\");",
                "    }");
    }

    /** The entity the three migrations build, with {@code extra} lines added to its body (line 12 on). */
    public static JavaFileObject userEntity(String... extra) {
        List<String> lines = new ArrayList<>(List.of(
                "package app.model;",                                          // 1
                "",                                                            // 2
                "import jakarta.persistence.*;",                               // 3
                "",                                                            // 4
                "@Entity",                                                     // 5
                "@Table(name = \"users\", indexes = @Index(columnList = \"email\"))", // 6
                "public class User {",                                         // 7
                "    @Id Long id;",                                            // 8
                "    @Column(nullable = false) String email;",                 // 9
                "    String name;",                                            // 10
                ""));                                                          // 11
        lines.addAll(List.of(extra));
        lines.add("}");
        return JavaFileObjects.forSourceLines("app.model.User", lines);
    }
}
