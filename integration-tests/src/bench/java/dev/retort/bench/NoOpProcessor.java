package dev.retort.bench;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that claims Retort's annotations and does nothing: what javac charges any annotation
 * processor (a second round, which enters every compilation unit again), the floor under Retort's
 * compile time.
 */
@SupportedAnnotationTypes({"jakarta.persistence.Entity", "dev.retort.annotation.Migration"})
public final class NoOpProcessor extends AbstractProcessor {

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return false;
    }
}
