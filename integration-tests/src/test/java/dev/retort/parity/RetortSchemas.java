package dev.retort.parity;

import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.diagnostic.Severity;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.EntityModelReader;
import dev.retort.processor.model.HibernateSettings;
import dev.retort.processor.model.NamingStrategy;
import dev.retort.schema.Schema;
import java.io.File;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** The schema Retort's entity reader expects for the same entity sources, read by javac. */
final class RetortSchemas {

    /** By folder and naming: each set is compiled once however many databases it is compared on. */
    private static final Map<String, Schema> READ = new ConcurrentHashMap<>();

    private RetortSchemas() {}

    /** The schema of {@link #read}, once per set and naming. */
    static Schema cached(ParitySets.ParitySet set, NamingStrategy naming) throws Exception {
        String key = set + " " + naming;
        Schema schema = READ.get(key);
        if (schema == null) {
            schema = read(set.sources(), naming, set.retortSettings());
            READ.put(key, schema);
        }
        return schema;
    }

    /** Runs only the entity reader over the Java sources of a folder (annotation processing only). */
    static Schema read(Path sources, NamingStrategy naming, HibernateSettings settings) throws Exception {
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        Capture capture = new Capture(naming, settings);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(null, null, null)) {
            List<String> options = new ArrayList<>(List.of("-proc:only", "-classpath", System.getProperty("java.class.path")));
            JavaCompiler.CompilationTask task = javac.getTask(output, manager, null, options, null,
                    manager.getJavaFileObjectsFromFiles(files));
            task.setProcessors(List.of(capture));
            if (!task.call() || capture.model == null) {
                throw new AssertionError("the entity reader failed on " + sources + ":\n" + output);
            }
        }
        if (!output.toString().isBlank()) {
            throw new AssertionError("the entity reader reported on " + sources + ":\n" + output);
        }
        return capture.model.schema();
    }

    /** Keeps what the reader read. */
    private static final class Capture extends AbstractProcessor {
        private final NamingStrategy naming;
        private final HibernateSettings settings;
        private EntityModel model;

        Capture(NamingStrategy naming, HibernateSettings settings) {
            this.naming = naming;
            this.settings = settings;
        }

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
                        .read(round.getRootElements(), List.of());
            }
            return false;
        }
    }
}
