package dev.retort.processor.model;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.diagnostic.Severity;
import java.util.EnumMap;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/** A test processor that runs only the entity reader and keeps what it read. */
final class ModelCapture extends AbstractProcessor {

    private final NamingStrategy naming;
    private final HibernateSettings settings;
    EntityModel model;

    ModelCapture(NamingStrategy naming) {
        this(naming, HibernateSettings.DEFAULTS);
    }

    ModelCapture(NamingStrategy naming, HibernateSettings settings) {
        this.naming = naming;
        this.settings = settings;
    }

    /** A source in package {@code app.model} importing {@code jakarta.persistence.*}: its first line is line 3. */
    static JavaFileObject source(String name, String... lines) {
        String[] all = new String[lines.length + 2];
        all[0] = "package app.model;";
        all[1] = "import jakarta.persistence.*;";
        System.arraycopy(lines, 0, all, 2, lines.length);
        return com.google.testing.compile.JavaFileObjects.forSourceLines("app.model." + name, all);
    }

    static ModelCapture read(NamingStrategy naming, JavaFileObject... sources) {
        return read(new ModelCapture(naming), sources);
    }

    static ModelCapture read(HibernateSettings settings, JavaFileObject... sources) {
        return read(new ModelCapture(NamingStrategy.JPA, settings), sources);
    }

    private static ModelCapture read(ModelCapture capture, JavaFileObject... sources) {
        Compilation compilation = Compiler.javac().withProcessors(capture).compile(sources);
        capture.compilation = compilation;
        return capture;
    }

    Compilation compilation;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (model == null && !round.processingOver()) {
            Reporter reporter = new Reporter(processingEnv.getMessager(), null, new EnumMap<Check, Severity>(Check.class));
            model = new EntityModelReader(processingEnv, naming, java.util.Optional.empty(), settings, reporter)
                    .read(round.getRootElements(), java.util.List.of());
        }
        return false;
    }
}
