package dev.retort.tools.revision;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a migration with empty bodies, documented for the person who fills them in. The build
 * refuses it until they are written (the missing-downgrade check), unless it is a merge of several
 * heads, which may stay empty.
 */
final class EmptyRevisionWriter {

    private static final ClassName MIGRATION = ClassName.get("dev.retort.annotation", "Migration");
    private static final ClassName SCRIPT = ClassName.get("dev.retort.migration", "MigrationScript");
    private static final ClassName OPS = ClassName.get("dev.retort.migration", "Ops");
    private static final ClassName DSL = ClassName.get("dev.retort.migration", "Dsl");

    private EmptyRevisionWriter() {}

    static JavaFile write(String packageName, String className, String id, List<String> revises, String message) {
        AnnotationSpec.Builder migration = AnnotationSpec.builder(MIGRATION).addMember("id", "$S", id);
        if (revises.size() == 1) {
            migration.addMember("revises", "$S", revises.get(0));
        } else if (revises.size() > 1) {
            migration.addMember("revises", "{$L}", String.join(", ", revises.stream().map(r -> "\"" + r + "\"").toList()));
        }
        migration.addMember("description", "$S", message);
        boolean merge = revises.size() > 1;
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(SCRIPT)
                .addAnnotation(migration.build());
        if (merge) {
            type.addJavadoc("$L.\n\n<p>Merges the heads $L into one line of history. It may stay empty; an operation"
                    + " here reconciles the branches.\n", message, String.join(", ", revises));
        } else {
            type.addJavadoc("$L.\n\n<p>Written by {@code retort revision}: the build refuses it until upgrade and"
                    + " downgrade are written. Each statement is an {@code op.} call whose arguments javac can read"
                    + " (literals, constants, the DSL's factories); a data step in Java goes in"
                    + " {@code op.run(connection -> ...)}.\n", message);
        }
        String upgradeHint = merge ? "Nothing to do: the branches' migrations already ran."
                : "TODO: what this migration changes, e.g. op.addColumn(\"users\", column(\"phone\", varchar(20)));";
        String downgradeHint = merge ? "Nothing to undo."
                : "TODO: the exact inverse of upgrade, last operation first, e.g. op.dropColumn(\"users\", \"phone\");";
        type.addMethod(body("upgrade", upgradeHint));
        type.addMethod(body("downgrade", downgradeHint));
        return JavaFile.builder(packageName, type.build())
                .addStaticImport(DSL, "*")
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static MethodSpec body(String name, String comment) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(OPS, "op")
                .addCode(CodeBlock.of("// $L\n", comment))
                .build();
    }
}
