package dev.retort.runner;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hash of a migration's class file as its class loader would define it, read as a resource: the
 * class is not loaded. It covers the code that recording the migration's operations can run and a
 * team can edit: the class, the nested and anonymous classes of its top-level class that it refers
 * to (read the same way), and the version of Retort, whose own classes it may call. A class that
 * refers to any other class of the application (a helper, a base class), or whose bytes cannot be
 * read as a resource, has no hash: it is loaded and recorded at every start.
 *
 * <p>A class file is found as the loader finds it, parent first. Asking the parents for each of a
 * thousand names costs a lookup in each of their class path entries (tens of jars in an application
 * server or a test runner); so where the loader is a {@link URLClassLoader} and no parent finds the
 * directory of a package, the class files of that package are looked up on the loader's own class path
 * alone ({@link URLClassLoader#findResource}). A directory on a class path, and a jar made by the
 * {@code jar} tool, Maven, Gradle or Spring Boot, list the directory of every class they hold. Where
 * that class path is directories alone, a class file is read from the first of them that has it, as
 * the loader's own lookup does, without making a URL for it.
 *
 * <p>Safe to use from several threads: {@link #of(Collection)} hashes many classes in parallel.
 */
final class ClassHashes {

    private static final byte[] FORMAT = ("retort class hash 1, runtime " + runtimeVersion() + "\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final String RETORT_LOCATION = retortLocation();

    /** Below this many classes, hashing them on other threads costs more than it saves. */
    private static final int PARALLEL_FROM = 64;
    private static final MessageDigest SHA_256 = sha256();

    private final ClassLoader loader;
    /** The loader itself where its parents may be skipped for some packages; null otherwise. */
    private final URLClassLoader own;
    /** The directories of the loader's own class path, in order, when it holds nothing else; null otherwise. */
    private final List<Path> ownDirectories;
    private final Map<String, Boolean> retortOwn = new ConcurrentHashMap<>();
    /** By package directory ({@code app/migrations/}): whether no parent of the loader finds it. */
    private final Map<String, Boolean> ownPackage = new ConcurrentHashMap<>();

    ClassHashes(ClassLoader loader) {
        this.loader = loader;
        this.own = loader instanceof URLClassLoader urls && loader.getParent() != null ? urls : null;
        this.ownDirectories = own == null ? null : directoriesOnly(own.getURLs());
    }

    /** The hashes of these classes by binary name (empty where a class has none), many read in parallel. */
    Map<String, Optional<String>> of(Collection<String> classNames) {
        var names = classNames.size() < PARALLEL_FROM ? classNames.stream() : classNames.parallelStream();
        return names.distinct().collect(Collectors.toMap(Function.identity(), this::of));
    }

    /** The hash of a class by its binary name, or empty when it has none. */
    Optional<String> of(String className) {
        String start = className.replace('.', '/');
        int dollar = start.indexOf('$');
        String top = dollar < 0 ? start : start.substring(0, dollar);
        String nested = top + "$";
        MessageDigest digest = newDigest();
        digest.update(FORMAT);
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
                    if (referenced.equals(top) || referenced.startsWith(nested)) {
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

    /** The bytes of the class file the loader would define, or null when it finds none. */
    private byte[] read(String internalName) throws IOException {
        String resource = internalName + ".class";
        boolean ownOnly = own != null && ownPackage(resource);
        if (ownOnly && ownDirectories != null) {
            for (Path directory : ownDirectories) {
                try {
                    return Files.readAllBytes(directory.resolve(resource));
                } catch (NoSuchFileException notHere) {
                    // the next directory, as the loader looks
                }
            }
            return null;
        }
        URL found = ownOnly ? own.findResource(resource) : loader.getResource(resource);
        if (found == null) {
            return null;
        }
        Path file = pathOf(found);
        if (file != null) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = found.openStream()) {
            return in.readAllBytes();
        }
    }

    /** Whether no parent of the loader finds the resource's package, so that the loader's own class path defines it. */
    private boolean ownPackage(String resource) {
        String directory = resource.substring(0, resource.lastIndexOf('/') + 1);
        return !directory.isEmpty() && ownPackage.computeIfAbsent(directory, d -> own.getParent().getResource(d) == null);
    }

    /** The directories a class path of URLs names, in order; null when it names anything else (a jar). */
    private static List<Path> directoriesOnly(URL[] urls) {
        List<Path> directories = new ArrayList<>();
        for (URL url : urls) {
            Path path = url.getPath().endsWith("/") ? pathOf(url) : null;
            if (path == null || !Files.isDirectory(path)) {
                return null;
            }
            directories.add(path);
        }
        return directories;
    }

    /**
     * The file a {@code file:} URL names, or null for another URL. A plain path (no escapes, no host)
     * is taken as it is written: parsing each of a thousand URLs as a URI cost more than reading them.
     */
    private static Path pathOf(URL url) {
        if (!url.getProtocol().equals("file")) {
            return null;
        }
        String path = url.getPath();
        if (path.indexOf('%') < 0 && (url.getAuthority() == null || url.getAuthority().isEmpty())) {
            try {
                Path plain = Path.of(path);
                if (plain.isAbsolute()) {
                    return plain;
                }
            } catch (InvalidPathException notPlain) {
                // a path this file system writes otherwise (a drive letter): parsed as a URI below
            }
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException notAPath) {
            return null;
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

    private static MessageDigest newDigest() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
