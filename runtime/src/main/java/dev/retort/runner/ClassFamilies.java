package dev.retort.runner;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The class files of a top-level class and of every class nested in it ({@code V1}, {@code V1$1},
 * {@code V1$Step}), each as the class loader would define it, found without loading any: the family a
 * migration's code can come from. Where the classes are in a directory or a jar, the family is every
 * such file of the package there (listed once per package); in a jar each one's size and CRC-32 come
 * from the central directory, unread. Elsewhere (a loader whose resources are neither files nor jar
 * entries) the family is what the top-level class's constant pool names, read through the loader.
 *
 * <p>A class file is found as the loader finds it, parent first. Asking the parents for each of a
 * thousand names costs a lookup in each of their class path entries (tens of jars in an application
 * server or a test runner); so where the loader is a {@link URLClassLoader} and no parent finds the
 * directory of a package, the class files of that package are looked up on the loader's own class path
 * alone ({@link URLClassLoader#findResource}). A directory on a class path, and a jar made by the
 * {@code jar} tool, Maven, Gradle or Spring Boot, list the directory of every class they hold. Where
 * that class path is directories alone, a class file is taken from the first of them that has it, as
 * the loader's own lookup does. Every other member of a family is looked up by its own name too, and a
 * family one of whose members the loader would define from another place has no witness.
 *
 * <p>One instance is one reading of the class files: what it lists and the jars it opens are its own,
 * opened anew (a jar rewritten since an earlier reading is read as it is now) and closed with it. Safe
 * to use from several threads.
 */
final class ClassFamilies implements AutoCloseable {

    private static final String SUFFIX = ".class";

    private final ClassLoader loader;
    /** The loader itself where its parents may be skipped for some packages; null otherwise. */
    private final URLClassLoader own;
    /** The directories of the loader's own class path, in order, when it holds nothing else; null otherwise. */
    private final List<Path> ownDirectories;
    /** By package directory ({@code app/migrations/}): whether no parent of the loader finds it. */
    private final Map<String, Boolean> ownPackage = new ConcurrentHashMap<>();
    /** By package directory: its class files in the first of the own directories holding each, by file name. */
    private final Map<String, NavigableMap<String, Path>> ownListings = new ConcurrentHashMap<>();
    /** By package directory on disk: its class files by file name. */
    private final Map<Path, NavigableMap<String, Path>> directoryListings = new ConcurrentHashMap<>();
    /** By a jar's URL up to the entry name ({@code jar:file:/app.jar!/}): the jar, opened once by this reading. */
    private final Map<String, JarFile> jars = new ConcurrentHashMap<>();
    /** By that URL and a package directory: the package's class file entries by file name. */
    private final Map<String, NavigableMap<String, JarEntry>> jarListings = new ConcurrentHashMap<>();

    ClassFamilies(ClassLoader loader) {
        this.loader = loader;
        this.own = loader instanceof URLClassLoader urls && loader.getParent() != null ? urls : null;
        this.ownDirectories = own == null ? null : directoriesOnly(own.getURLs());
    }

    /**
     * The family of a top-level class by its internal name ({@code app/m/V1}), sorted by name; empty
     * when its class file cannot be found or read, or when the loader would define a member from
     * another place than the rest.
     */
    Optional<List<ClassFile>> of(String top) {
        String resource = top + SUFFIX;
        int slash = resource.lastIndexOf('/');
        String pkg = resource.substring(0, slash + 1);
        String simple = top.substring(slash + 1);
        boolean ownOnly = own != null && !pkg.isEmpty() && ownPackage(pkg);
        try {
            if (ownOnly && ownDirectories != null) {
                return read(pkg, members(ownListings.computeIfAbsent(pkg, this::listOwn), simple));
            }
            URL found = lookUp(resource, ownOnly);
            if (found == null) {
                return Optional.empty();
            }
            Path file = pathOf(found);
            if (file != null) {
                Path directory = file.getParent();
                Map<String, Path> members = members(directoryListings.computeIfAbsent(directory, ClassFamilies::list), simple);
                for (Map.Entry<String, Path> member : members.entrySet()) {
                    URL defined = member.getKey().equals(simple + SUFFIX) ? found : lookUp(pkg + member.getKey(), ownOnly);
                    if (defined == null || !member.getValue().equals(pathOf(defined))) {
                        return Optional.empty();
                    }
                }
                return read(pkg, members);
            }
            String url = found.toString();
            if (found.getProtocol().equals("jar") && url.endsWith("!/" + resource)) {
                return inJar(url.substring(0, url.length() - resource.length()), found, pkg, simple, ownOnly);
            }
            return byReferences(top, ownOnly);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private URL lookUp(String resource, boolean ownOnly) {
        return ownOnly ? own.findResource(resource) : loader.getResource(resource);
    }

    /** The top-level class's file and its nested classes' files among a package's, by file name; empty without the first. */
    private static <T> Map<String, T> members(NavigableMap<String, T> listing, String simple) {
        String topFile = simple + SUFFIX;
        if (!listing.containsKey(topFile)) {
            return Map.of();
        }
        String nested = simple + "$";
        Map<String, T> members = new TreeMap<>();
        members.put(topFile, listing.get(topFile));
        for (Map.Entry<String, T> file : listing.tailMap(nested, true).entrySet()) {
            if (!file.getKey().startsWith(nested)) {
                break;
            }
            members.put(file.getKey(), file.getValue());
        }
        return members;
    }

    private static Optional<List<ClassFile>> read(String pkg, Map<String, Path> members) throws IOException {
        if (members.isEmpty()) {
            return Optional.empty();
        }
        List<ClassFile> files = new ArrayList<>(members.size());
        for (Map.Entry<String, Path> member : members.entrySet()) {
            Path path = member.getValue();
            files.add(ClassFile.read(pkg + member.getKey(), () -> Files.readAllBytes(path)));
        }
        return Optional.of(files);
    }

    private Optional<List<ClassFile>> inJar(String base, URL found, String pkg, String simple, boolean ownOnly)
            throws IOException {
        JarFile opened = jars.get(base);
        if (opened == null) {
            URLConnection connection = found.openConnection();
            if (!(connection instanceof JarURLConnection entry)) {
                return Optional.empty();
            }
            // Not the JDK's cache of jars by URL: it would keep a jar rewritten since as it was.
            connection.setUseCaches(false);
            JarFile jar = entry.getJarFile();
            opened = jars.putIfAbsent(base, jar);
            if (opened == null) {
                opened = jar;
            } else {
                jar.close();
            }
        }
        JarFile inJar = opened;
        Map<String, JarEntry> members = members(jarListings.computeIfAbsent(base + pkg, key -> list(inJar, pkg)), simple);
        if (members.isEmpty()) {
            return Optional.empty();
        }
        List<ClassFile> files = new ArrayList<>(members.size());
        for (Map.Entry<String, JarEntry> member : members.entrySet()) {
            String name = pkg + member.getKey();
            if (!member.getKey().equals(simple + SUFFIX)) {
                URL defined = lookUp(name, ownOnly);
                if (defined == null || !defined.toString().equals(base + name)) {
                    return Optional.empty();
                }
            }
            JarEntry entry = member.getValue();
            ClassFile.Bytes bytes = () -> {
                try (InputStream in = inJar.getInputStream(inJar.isMultiRelease() ? inJar.getJarEntry(name) : entry)) {
                    return in.readAllBytes();
                }
            };
            // A multi-release jar defines the entry of the running Java's version: its bytes are read.
            files.add(entry.getCrc() < 0 || entry.getSize() < 0 || inJar.isMultiRelease() ? ClassFile.read(name, bytes)
                    : new ClassFile(name, entry.getSize(), entry.getCrc(), bytes));
        }
        return Optional.of(files);
    }

    /**
     * Where a class file is neither a file nor a jar entry: the top-level class and the nested ones its
     * constant pool names (a class's pool names every class nested in it), and theirs, read through
     * the loader.
     */
    private Optional<List<ClassFile>> byReferences(String top, boolean ownOnly) throws IOException {
        TreeMap<String, ClassFile> family = new TreeMap<>();
        Deque<String> pending = new ArrayDeque<>(List.of(top));
        Set<String> seen = new HashSet<>(pending);
        while (!pending.isEmpty()) {
            String name = pending.poll() + SUFFIX;
            URL found = lookUp(name, ownOnly);
            if (found == null) {
                return Optional.empty();
            }
            ClassFile file = ClassFile.read(name, () -> {
                try (InputStream in = found.openStream()) {
                    return in.readAllBytes();
                }
            });
            family.put(name, file);
            for (String referenced : ClassFileReferences.of(file.bytes().read())) {
                if ((referenced.equals(top) || referenced.startsWith(top + "$")) && seen.add(referenced)) {
                    pending.add(referenced);
                }
            }
        }
        return Optional.of(List.copyOf(family.values()));
    }

    /** Closes the jars this reading opened. */
    @Override
    public void close() {
        for (JarFile jar : jars.values()) {
            try {
                jar.close();
            } catch (IOException e) {
                // read already: nothing is lost
            }
        }
        jars.clear();
    }

    /** Whether no parent of the loader finds the package's directory, so that the loader's own class path defines it. */
    private boolean ownPackage(String pkg) {
        return ownPackage.computeIfAbsent(pkg, d -> own.getParent().getResource(d) == null);
    }

    private NavigableMap<String, Path> listOwn(String pkg) {
        TreeMap<String, Path> first = new TreeMap<>();
        for (Path directory : ownDirectories) {
            list(directory.resolve(pkg)).forEach(first::putIfAbsent);
        }
        return first;
    }

    private static NavigableMap<String, Path> list(Path directory) {
        TreeMap<String, Path> files = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path entry : entries) {
                files.put(entry.getFileName().toString(), entry);
            }
        } catch (NoSuchFileException | NotDirectoryException absent) {
            // nothing of the package here
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    private static NavigableMap<String, JarEntry> list(JarFile jar, String pkg) {
        TreeMap<String, JarEntry> files = new TreeMap<>();
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (name.startsWith(pkg) && name.endsWith(SUFFIX) && name.indexOf('/', pkg.length()) < 0) {
                files.put(name.substring(pkg.length()), entry);
            }
        }
        return files;
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
    static Path pathOf(URL url) {
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
}
