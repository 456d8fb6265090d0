package dev.retort.processor.robustness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Edits of the seed project that are valid Java and hostile to Retort: what the mutation test and the
 * hostile-input test feed it beside token mutations. Each says which check must refuse it, or
 * nothing when it must only be handled without a crash.
 */
final class HostileEdits {

    /** One edit: its name, what it does to the project, and the check that must report it (null: any outcome). */
    record Edit(String name, UnaryOperator<Map<String, String>> apply, String refusedBy) {}

    private HostileEdits() {}

    private static UnaryOperator<Map<String, String>> replace(String source, String from, String to) {
        return project -> {
            Map<String, String> edited = new LinkedHashMap<>(project);
            String text = edited.get(source);
            if (!text.contains(from)) {
                throw new IllegalStateException(source + " lacks " + from);
            }
            edited.put(source, text.replace(from, to));
            return edited;
        };
    }

    private static UnaryOperator<Map<String, String>> add(String name, String source) {
        return project -> {
            Map<String, String> edited = new LinkedHashMap<>(project);
            edited.put(name, source);
            return edited;
        };
    }

    static List<Edit> all() {
        String longName = "n" + "a".repeat(249);
        return List.of(
                new Edit("op kept in a local", replace("app.migrations.AddName",
                        "    @Override public void upgrade(Ops op) {\n",
                        "    @Override public void upgrade(Ops op) {\n        Ops alias = op;\n"), "unreadable"),
                new Edit("op kept as an Object", replace("app.migrations.AddName",
                        "    @Override public void upgrade(Ops op) {\n",
                        "    @Override public void upgrade(Ops op) {\n        Object unused = op;\n"), "unreadable"),
                new Edit("op passed to a helper", replace("app.migrations.AddName",
                        "    @Override public void upgrade(Ops op) {\n",
                        "    @Override public void upgrade(Ops op) {\n        String.valueOf(op);\n"), "unreadable"),
                new Edit("a constant conditional", replace("app.migrations.AddName",
                        "column(\"name\", varchar(255))", "column(true ? \"name\" : \"other\", varchar(1 > 0 ? 255 : 1))"),
                        null),
                new Edit("a 250-character column", replace("app.migrations.AddName", "\"name\"", "\"" + longName + "\""),
                        null),
                new Edit("a 250-character field", replace("app.model.User", "    @Id Long id;\n",
                        "    @Id Long id;\n    String " + longName + ";\n"), null),
                new Edit("line and paragraph separators in a description", replace("app.migrations.AddName",
                        "description = \"add name\"", "description = \"add\\u2028name\\u2029\\t\\\"now\\\"\""), null),
                new Edit("a 70-character id", replace("app.migrations.AddName", "id = \"b2\"",
                        "id = \"" + "b".repeat(70) + "\""), "invalid-annotation"),
                new Edit("a 1200-character description", replace("app.migrations.AddName", "description = \"add name\"",
                        "description = \"" + "d".repeat(1200) + "\""), "invalid-annotation"),
                new Edit("an empty downgrade", replace("app.migrations.AddName",
                        "        op.dropColumn(\"users\", \"name\");\n", ""), "missing-downgrade"),
                new Edit("an unknown revises", replace("app.migrations.AddName", "revises = \"a1\"",
                        "revises = \"zz\""), "graph"),
                new Edit("a note removed", replace("app.migrations.Orders",
                        "@DataPreserved(table = \"users\", column = \"name\", note = \"copied into full_name\")\n", ""),
                        "rename-as-drop"),
                new Edit("a relation to String", replace("app.model.User", "    @Id Long id;\n",
                        "    @Id Long id;\n    @ManyToOne(targetEntity = String.class) Object owner;\n"),
                        "relation-target"),
                new Edit("an index of no columns", replace("app.model.User", "@Table(name = \"users\")",
                        "@Table(name = \"users\", indexes = @Index(columnList = \"\"))"), "invalid-mapping"),
                new Edit("two entities on one table", add("app.model.Member", String.join("\n",
                        "package app.model;",
                        "import jakarta.persistence.*;",
                        "@Entity",
                        "@Table(name = \"users\")",
                        "public class Member {",
                        "    @Id Long id;",
                        "    @Column(nullable = false) String email;",
                        "}")), null),
                new Edit("two entities of one name", add("app.model.Other", String.join("\n",
                        "package app.model;",
                        "import jakarta.persistence.*;",
                        "@Entity(name = \"User\")",
                        "@Table(name = \"others\")",
                        "public class Other {",
                        "    @Id Long id;",
                        "}")), "invalid-mapping"));
    }
}
