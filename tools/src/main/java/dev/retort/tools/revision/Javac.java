package dev.retort.tools.revision;

import dev.retort.runner.RetortException;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** The JDK's compiler, which revision needs to read the sources. */
final class Javac {

    private Javac() {}

    static JavaCompiler require() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new RetortException("revision reads the sources with javac, which this Java runtime does not have:"
                    + " run it with a JDK 17 or newer (set JAVA_HOME to one)");
        }
        return javac;
    }
}
