package dev.retort.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the index of the migrations: a class listing them in graph order, with their checksums, for
 * the runtime to load through {@link java.util.ServiceLoader} instead of scanning the classpath.
 */
public final class IndexWriter {

    public static final String CLASS_NAME = "RetortMigrationIndex";
    public static final String SERVICE_FILE = "META-INF/services/dev.retort.migration.MigrationIndex";

    private static final ClassName INDEX = ClassName.get("dev.retort.migration", "MigrationIndex");
    private static final ClassName INDEXED = ClassName.get("dev.retort.migration", "IndexedMigration");

    private IndexWriter() {}

    /** One migration as the index lists it. */
    public record Entry(String id, List<String> revises, String description, ClassName type, String binaryName,
                        String checksum) {}

    public static JavaFile write(String packageName, List<Entry> entries, String schemaResource) {
        CodeBlock.Builder list = CodeBlock.builder().add("return $T.of(\n", List.class).indent();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            CodeBlock revises = CodeBlock.join(entry.revises().stream().map(r -> CodeBlock.of("$S", r)).toList(), ", ");
            list.add("new $T($S, $T.of($L), $S, $S, $S, $T::new)$L\n", INDEXED, entry.id(), List.class, revises,
                    entry.description(), entry.binaryName(), entry.checksum(), entry.type(),
                    i == entries.size() - 1 ? "" : ",");
        }
        list.unindent().add(");\n");
        TypeSpec index = TypeSpec.classBuilder(CLASS_NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(INDEX)
                .addJavadoc("The migrations of this module in graph order, as Retort checked them. Generated.\n")
                .addMethod(MethodSpec.methodBuilder("migrations")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), INDEXED))
                        .addCode(list.build())
                        .build())
                .addMethod(MethodSpec.methodBuilder("expectedSchemaResource")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return $S", schemaResource)
                        .build())
                .build();
        return JavaFile.builder(packageName, index).skipJavaLangImports(true).indent("    ").build();
    }
}
