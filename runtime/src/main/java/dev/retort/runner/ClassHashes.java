package dev.retort.runner;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The hash of a migration's class file as its class loader would define it, read as a resource: the
 * class is not loaded. It covers the code that recording the migration's operations can run and a
 * team can edit: the class, the nested and anonymous classes of its top-level class that it refers
 * to (read the same way), and the version of Retort, whose own classes it may call. A class that
 * refers to any other class of the application (a helper, a base class), or whose bytes cannot be
 * read as a resource, has no hash: it is loaded and recorded at every start.
 */
final class ClassHashes {

    private static final String FORMAT = "retort class hash 1, runtime " + runtimeVersion() + "\n";
    private static final String RETORT_LOCATION = retortLocation();

    private final ClassLoader loader;
    private final Map<String, Boolean> retortOwn = new HashMap<>();

    ClassHashes(ClassLoader loader) {
        this.loader = loader;
    }

    /** The hash of a class by its binary name, or empty when it has none. */
    synchronized Optional<String> of(String className) {
        String start = className.replace('.', '/');
        int dollar = start.indexOf('$');
        String top = dollar < 0 ? start : start.substring(0, dollar);
        MessageDigest digest = sha256();
        digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
        Deque<String> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        pending.add(start);
        seen.add(start);
        try {
            while (!pending.isEmpty()) {
                String name = pending.poll();
                byte[] bytes = read(name);
                if (bytes == null) {
                    return Optional.empty();
                }
                digest.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
                for (String referenced : ClassFileReferences.of(bytes)) {
                    if (referenced.equals(top) || referenced.startsWith(top + "$")) {
                        if (seen.add(referenced)) {
                            pending.add(referenced);
                        }
                    } else if (!outsideTheApplication(referenced)) {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    private byte[] read(String internalName) throws IOException {
        try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** The JDK's classes ({@code java.*}), and Retort's own where the loader finds them in Retort's runtime. */
    private boolean outsideTheApplication(String internalName) {
        if (internalName.startsWith("java/")) {
            return true;
        }
        if (!internalName.startsWith("dev/retort/") || RETORT_LOCATION == null) {
            return false;
        }
        return retortOwn.computeIfAbsent(internalName, name -> {
            URL found = loader.getResource(name + ".class");
            String where = found == null ? "" : found.toString().replaceFirst("^jar:", "");
            return where.startsWith(RETORT_LOCATION) && (RETORT_LOCATION.endsWith("/")
                    || where.startsWith("!/", RETORT_LOCATION.length()));
        });
    }

    private static String retortLocation() {
        CodeSource source = ClassHashes.class.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? null : source.getLocation().toString();
    }

    private static String runtimeVersion() {
        try (InputStream in = ClassHashes.class.getResourceAsStream(
                "/META-INF/maven/dev.retort/retort-runtime/pom.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // no version: the hash then names none
        }
        String version = ClassHashes.class.getPackage().getImplementationVersion();
        return version == null ? "unversioned" : version;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
