package dev.retort.maven;

import dev.retort.tools.revision.NewRevision;
import dev.retort.tools.revision.Revisions;
import dev.retort.tools.revision.WrittenRevision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Writes a new migration into the module's sources: after the head, with a fresh id and a class
 * name from the message; empty and documented, or with {@code autogenerate} the operations that
 * close the drift between the migrations and the entity model, marked {@code @Unreviewed}.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class RevisionMojo extends RetortMojo {

    /** What the migration changes: its description and the source of its class name. */
    @Parameter(property = "retort.message")
    String message;

    /** Writes the operations that close the model's drift (the sources are compiled with the processor). */
    @Parameter(property = "retort.autogenerate", defaultValue = "false")
    boolean autogenerate;

    /** The package of the first migration; later ones go beside the head. Default: the entities' + .migrations. */
    @Parameter(property = "retort.migrationsPackage")
    String migrationsPackage;

    @Override
    void run() throws MojoExecutionException {
        if (message == null || message.isBlank()) {
            throw new MojoExecutionException("revision needs a message saying what the migration changes:"
                    + " -Dretort.message=\"add phone to users\"");
        }
        Path buildDirectory = Path.of(project.getBuild().getDirectory()).toAbsolutePath();
        List<Path> sourceRoots = project.getCompileSourceRoots().stream().map(p -> Path.of(p).toAbsolutePath())
                .filter(p -> !p.startsWith(buildDirectory)).toList();
        Path output = Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath();
        List<Path> classPath;
        try {
            classPath = project.getCompileClasspathElements().stream().map(p -> Path.of(p).toAbsolutePath())
                    .filter(p -> !p.equals(output)).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the compile class path is not resolved: " + e.getMessage(), e);
        }
        WrittenRevision written = Revisions.create(new NewRevision(message, autogenerate, sourceRoots,
                Optional.ofNullable(migrationsPackage).filter(p -> !p.isBlank()), classPath, processorOptions()));
        getLog().info(written.describe());
    }

    /** The build's {@code -Aretort.*} options, from the compiler plugin's compilerArgs: the model is read as the build reads it. */
    private List<String> processorOptions() {
        List<String> options = new ArrayList<>();
        Plugin compiler = project.getPlugin("org.apache.maven.plugins:maven-compiler-plugin");
        if (compiler == null || !(compiler.getConfiguration() instanceof Xpp3Dom configuration)) {
            return options;
        }
        Xpp3Dom args = configuration.getChild("compilerArgs");
        if (args != null) {
            for (Xpp3Dom arg : args.getChildren()) {
                if (arg.getValue() != null && arg.getValue().strip().startsWith("-Aretort.")) {
                    options.add(arg.getValue().strip());
                }
            }
        }
        return options;
    }
}
