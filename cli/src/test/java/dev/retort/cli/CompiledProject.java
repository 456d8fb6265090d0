package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.processor.RetortProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** A project's migrations compiled by javac with Retort's processor, as its build would compile them. */
final class CompiledProject {

    private CompiledProject() {}

    /** Compiles one source into {@code directory/classes}, failing the test on any error. */
    static Path compile(Path directory, String className, String source) throws IOException {
        Path sources = directory.resolve("src");
        Path file = sources.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path classes = Files.createDirectories(directory.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(log, files, null,
                    List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path")), null,
                    files.getJavaFileObjects(file));
            task.setProcessors(List.of(new RetortProcessor()));
            assertTrue(task.call(), log.toString());
        }
        return classes;
    }
}
