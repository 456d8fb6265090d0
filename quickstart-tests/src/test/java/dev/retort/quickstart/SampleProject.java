package dev.retort.quickstart;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The quick start's sample project ({@code src/it/shop}) copied to a folder of its own under
 * {@code target/it}, and built there by a real {@code mvn}: the Maven that runs this build, with
 * Retort's artifacts from {@code target/local-repo} and everything else from the user's repository
 * (or Maven Central), as a newcomer's build would find them once Retort is published.
 */
final class SampleProject {

    /** What one command did. */
    record Run(int exitCode, String output, long millis) {

        Run assertSucceeded() {
            assertTrue(exitCode == 0, "expected success, exit code " + exitCode + ":\n" + output);
            return this;
        }

        Run assertFailed() {
            assertTrue(exitCode != 0, "expected a failure:\n" + output);
            return this;
        }

        Run assertPrinted(String text) {
            assertTrue(output.contains(text), "expected the output to contain\n  " + text + "\nbut it was:\n" + output);
            return this;
        }
    }

    private static final Path SOURCES = Path.of("src/it");
    private final Path directory;
    private final String name;

    private SampleProject(Path directory, String name) {
        this.directory = directory;
        this.name = name;
    }

    static SampleProject copy(String name) throws IOException {
        Path target = Path.of("target/it", name).toAbsolutePath();
        delete(target);
        copyTree(SOURCES.resolve("shop"), target);
        return new SampleProject(target, name);
    }

    Path directory() {
        return directory;
    }

    Path file(String path) {
        return directory.resolve(path);
    }

    /** Adds the reviewed first migration, as the Maven path leaves it. */
    SampleProject withReviewedMigration() throws IOException {
        copyTree(SOURCES.resolve("reviewed"), directory.resolve("src/main/java"));
        return this;
    }

    /** Adds a runtime dependency to the sample's pom (a JDBC driver, say). */
    SampleProject withDependency(String groupId, String artifactId, String version) throws IOException {
        Path pom = file("pom.xml");
        String dependency = "    <dependency>\n      <groupId>" + groupId + "</groupId>\n      <artifactId>" + artifactId
                + "</artifactId>\n      <version>" + version + "</version>\n      <scope>runtime</scope>\n    </dependency>\n";
        Files.writeString(pom, Files.readString(pom).replace("  </dependencies>", dependency + "  </dependencies>"));
        return this;
    }

    /** Leaves the user to the settings.xml server: the quick start's pom names one. */
    SampleProject withoutPomUser() throws IOException {
        Path pom = file("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("    <retort.user>shop</retort.user>\n", ""));
        return this;
    }

    /** {@code mvn ARGS} in the project's folder, with a settings.xml holding these servers (id, user, password). */
    Run mvn(List<String[]> servers, String... args) throws IOException, InterruptedException {
        Path settings = writeSettings(servers);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B", "-ntp", "-s", settings.toString(), "-Dmaven.repo.local=" + System.getProperty("it.repository")));
        command.addAll(List.of(args));
        return run(command, Map.of());
    }

    Run mvn(String... args) throws IOException, InterruptedException {
        return mvn(List.of(), args);
    }

    /** The command-line distribution's {@code bin/retort ARGS}, in the project's folder. */
    Run retort(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("it.cli"), "bin", "retort").toString()));
        command.addAll(List.of(args));
        return run(command, environment);
    }

    private Run run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        // Short-lived JVMs: the quick compiler tier and the serial collector start Maven faster.
        builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("timed out: " + command);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[%s] %s: %d ms, exit code %d%n", name, String.join(" ", command.subList(1, command.size())),
                millis, process.exitValue());
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8), millis);
    }

    private Path writeSettings(List<String[]> servers) throws IOException {
        StringBuilder xml = new StringBuilder("<settings>\n  <servers>\n");
        for (String[] server : servers) {
            xml.append("    <server><id>").append(server[0]).append("</id><username>").append(server[1])
                    .append("</username><password>").append(server[2]).append("</password></server>\n");
        }
        String userRepository = Path.of(System.getProperty("it.userRepository")).toUri().toString();
        xml.append("  </servers>\n  <profiles>\n    <profile>\n      <id>user-repository</id>\n")
                .append("      <repositories>\n        <repository><id>user-repository</id><url>").append(userRepository)
                .append("</url><snapshots><enabled>false</enabled></snapshots>")
                .append("<releases><checksumPolicy>ignore</checksumPolicy></releases></repository>\n      </repositories>\n")
                .append("      <pluginRepositories>\n        <pluginRepository><id>user-repository</id><url>")
                .append(userRepository).append("</url><snapshots><enabled>false</enabled></snapshots>")
                .append("<releases><checksumPolicy>ignore</checksumPolicy></releases></pluginRepository>\n")
                .append("      </pluginRepositories>\n    </profile>\n  </profiles>\n")
                .append("  <activeProfiles><activeProfile>user-repository</activeProfile></activeProfiles>\n</settings>\n");
        Path settings = directory.resolveSibling(name + "-settings.xml");
        Files.writeString(settings, xml);
        return settings;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
