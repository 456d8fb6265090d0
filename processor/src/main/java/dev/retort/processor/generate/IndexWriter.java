package dev.retort.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * Nested classes of the index hold at most this many migrations each: a method's code is limited
     * to 64 KiB and a class's constants to 65 535, which one method or class listing thousands of
     * migrations exceeds.
     */
    static final int PER_PART = 400;

    private static final ClassName SCRIPT = ClassName.get("dev.retort.migration", "MigrationScript");

    public static JavaFile write(String packageName, List<Entry> entries, String schemaResource) {
        TypeName listOfIndexed = ParameterizedTypeName.get(ClassName.get(List.class), INDEXED);
        CodeBlock.Builder all = CodeBlock.builder()
                .addStatement("$T all = new $T<>($L)", listOfIndexed, ArrayList.class, entries.size());
        CodeBlock.Builder create = CodeBlock.builder().beginControlFlow("switch (n / $L)", PER_PART);
        List<TypeSpec> parts = new ArrayList<>();
        for (int part = 0; part * PER_PART < entries.size(); part++) {
            all.addStatement("Part$L.add(all)", part);
            create.addStatement("case $L: return Part$L.create(n)", part, part);
            parts.add(TypeSpec.classBuilder("Part" + part)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addMethod(addPart(part, entries, listOfIndexed))
                    .addMethod(createPart(part, entries))
                    .build());
        }
        all.addStatement("return $T.unmodifiableList(all)", Collections.class);
        create.addStatement("default: throw new $T(\"no migration \" + n)", IllegalArgumentException.class)
                .endControlFlow();
        TypeSpec index = TypeSpec.classBuilder(CLASS_NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(INDEX)
                .addJavadoc("The migrations of this module in graph order, as Retort checked them. Generated.\n")
                .addMethod(MethodSpec.methodBuilder("migrations")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(listOfIndexed)
                        .addCode(all.build())
                        .build())
                .addMethod(MethodSpec.methodBuilder("expectedSchemaResource")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return $S", schemaResource)
                        .build())
                .addTypes(parts)
                .addMethod(MethodSpec.methodBuilder("entry")
                        .addJavadoc("Each migration's class is loaded when its factory is called, not before.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(INDEXED)
                        .addParameter(int.class, "n")
                        .addParameter(String.class, "id")
                        .addParameter(ParameterizedTypeName.get(List.class, String.class), "revises")
                        .addParameter(String.class, "description")
                        .addParameter(String.class, "className")
                        .addParameter(String.class, "checksum")
                        .addStatement("return new $T(id, revises, description, className, checksum, () -> create(n))",
                                INDEXED)
                        .build())
                .addMethod(MethodSpec.methodBuilder("create")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(SCRIPT)
                        .addParameter(int.class, "n")
                        .addCode(create.build())
                        .build())
                .build();
        return JavaFile.builder(packageName, index).skipJavaLangImports(true).indent("    ").build();
    }

    private static MethodSpec addPart(int part, List<Entry> entries, TypeName listOfIndexed) {
        CodeBlock.Builder body = CodeBlock.builder();
        for (int n : numbersOf(part, entries)) {
            Entry entry = entries.get(n);
            CodeBlock revises = CodeBlock.join(entry.revises().stream().map(r -> CodeBlock.of("$S", r)).toList(), ", ");
            body.addStatement("all.add(entry($L, $S, $T.of($L), $S, $S, $S))", n, entry.id(), List.class, revises,
                    entry.description(), entry.binaryName(), entry.checksum());
        }
        return MethodSpec.methodBuilder("add").addModifiers(Modifier.STATIC)
                .addParameter(listOfIndexed, "all").addCode(body.build()).build();
    }

    private static MethodSpec createPart(int part, List<Entry> entries) {
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (n)");
        for (int n : numbersOf(part, entries)) {
            body.addStatement("case $L: return new $T()", n, entries.get(n).type());
        }
        body.addStatement("default: throw new $T(\"no migration \" + n)", IllegalArgumentException.class)
                .endControlFlow();
        return MethodSpec.methodBuilder("create").addModifiers(Modifier.STATIC)
                .returns(SCRIPT).addParameter(int.class, "n").addCode(body.build()).build();
    }

    /** The numbers, in graph order, of the migrations a part holds. */
    private static int[] numbersOf(int part, List<Entry> entries) {
        return java.util.stream.IntStream.range(part * PER_PART, Math.min(entries.size(), (part + 1) * PER_PART))
                .toArray();
    }
}
