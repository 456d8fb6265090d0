package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.migration;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static dev.retort.processor.expect.Reported.warning;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.retort.migration.IndexFile;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Build tools and IDEs hand processors a wrapper around javac's environment, as Gradle does. */
class WrappedEnvironmentTest {

    private static final JavaFileObject EMPTY_DOWNGRADE = migration("CreateShows",
            "@Migration(id = \"a1\", description = \"create shows\")",
            "    @Override public void upgrade(Ops op) {",
            "        op.createTable(\"shows\", column(\"id\", BIGINT).primaryKey());",
            "    }",
            "    @Override public void downgrade(Ops op) {",
            "    }");

    /** A wrapper like Gradle's incremental-processing environment: javac's environment in a field. */
    static final class DelegatingEnvironment implements ProcessingEnvironment {
        private final ProcessingEnvironment delegate;

        DelegatingEnvironment(ProcessingEnvironment delegate) {
            this.delegate = delegate;
        }

        @Override public Map<String, String> getOptions() { return delegate.getOptions(); }
        @Override public Messager getMessager() { return delegate.getMessager(); }
        @Override public Filer getFiler() { return delegate.getFiler(); }
        @Override public Elements getElementUtils() { return delegate.getElementUtils(); }
        @Override public Types getTypeUtils() { return delegate.getTypeUtils(); }
        @Override public SourceVersion getSourceVersion() { return delegate.getSourceVersion(); }
        @Override public Locale getLocale() { return delegate.getLocale(); }
    }

    /** Runs Retort's processor inside an environment made by {@code wrap}. */
    static final class WrappingProcessor extends AbstractProcessor {
        private final RetortProcessor retort = new RetortProcessor();
        private final boolean opaque;

        WrappingProcessor(boolean opaque) {
            this.opaque = opaque;
        }

        @Override
        public synchronized void init(ProcessingEnvironment environment) {
            super.init(environment);
            retort.init(opaque ? opaque(environment) : new DelegatingEnvironment(environment));
        }

        /** A wrapper that hides javac's environment entirely: a proxy, with no field to follow. */
        private static ProcessingEnvironment opaque(ProcessingEnvironment environment) {
            return (ProcessingEnvironment) Proxy.newProxyInstance(WrappedEnvironmentTest.class.getClassLoader(),
                    new Class<?>[] {ProcessingEnvironment.class}, (proxy, method, args) -> method.invoke(environment, args));
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return retort.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return retort.getSupportedSourceVersion();
        }

        @Override
        public Set<String> getSupportedOptions() {
            return retort.getSupportedOptions();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return retort.process(annotations, round);
        }
    }

    @Test
    void bodiesAreReadThroughAWrapperThatKeepsJavacsEnvironmentInAField() {
        Compilation compilation = Compiler.javac().withProcessors(new WrappingProcessor(false)).compile(EMPTY_DOWNGRADE);
        assertReported(compilation,
                error(EMPTY_DOWNGRADE, 13, 27, "[retort:missing-downgrade] the downgrade of CreateShows is empty:"
                        + " write the exact inverse of upgrade: op.dropTable(\"shows\");"),
                NO_ENTITY);
    }

    /** The proxy class the opaque wrapper is an instance of (one per class loader and interface, named by the JDK). */
    private static String opaqueEnvironmentClass() {
        return Proxy.newProxyInstance(WrappedEnvironmentTest.class.getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class}, (proxy, method, args) -> null).getClass().getName();
    }

    @Test
    void whereNoEnvironmentCanBeFoundRetortSaysSoOnceAndChecksTheRest() {
        Compilation compilation = Compiler.javac().withProcessors(new WrappingProcessor(true)).compile(EMPTY_DOWNGRADE);
        assertReported(compilation,
                warning("[retort:tree-api] Retort cannot read migration bodies in this build: the Compiler Tree API is"
                        + " unavailable (" + opaqueEnvironmentClass() + "); only annotations and the model are checked."));
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", IndexFile.RESOURCE)
                .contentsAsUtf8String().isEqualTo("retort-index 1\npackage app.migrations\n"
                        + "a1\t\tapp.migrations.CreateShows\t\tcreate shows\n");
    }
}
