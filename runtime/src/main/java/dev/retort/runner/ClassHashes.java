package dev.retort.runner;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
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
 * What the class hash of a migration covers, found without loading the class: a witness that the code
 * recording its operations can run is the code last verified. {@link #membersOf} gives the members of the
 * migration's class family, the files of its top-level class and of every class nested in it, each by
 * name, size and CRC-32 ({@link ClassFamilies}: in a jar those come from its central directory,
 * unread); {@link #bound} makes the value the history stores of them, SHA-256 over those members, the
 * row's checksum and the version of Retort, whose own classes the migration may call.
 *
 * <p>{@link #membersOf} is what a start compares with the value stored; {@link #verifiedMembersOf} what to store
 * once the class was loaded and recorded: the same members, given only where the migration's code can
 * reach nothing that could change without changing them, that is where the class refers to no other
 * class of the application (a helper, a base class) and every class of its family it refers to is in
 * the family as found. A class without them is loaded and recorded at every start.
 *
 * <p>Two different families hash alike only where every member keeps its name and size and its CRC-32
 * by accident (about one in four thousand million for one edited file, as a zip archive's own check).
 *
 * <p>Safe to use from several threads: {@link #membersOf(Collection)} reads many families in parallel.
 */
final class ClassHashes {

    private static final byte[] FORMAT = ("retort class hash 3, runtime " + runtimeVersion() + "\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final String RETORT_LOCATION = retortLocation();

    /** Below this many classes, hashing them on other threads costs more than it saves. */
    private static final int PARALLEL_FROM = 64;
    private static final MessageDigest SHA_256 = sha256();

    private final ClassLoader loader;
    private final Map<String, Boolean> retortOwn = new ConcurrentHashMap<>();

    ClassHashes(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * What the hashes of these classes cover, by binary name: their families' members, to bind with
     * {@link #bound}; empty where a class has none. Many are read in parallel.
     */
    Map<String, Optional<String>> membersOf(Collection<String> classNames) {
        return each(classNames, ClassHashes::membersOf);
    }

    /** What to bind and store for these classes, just loaded and recorded ({@link #verifiedMembersOf(String)}). */
    Map<String, Optional<String>> verifiedMembersOf(Collection<String> classNames) {
        return each(classNames, this::verifiedMembersOf);
    }

    private interface Hash {
        Optional<String> of(ClassFamilies families, String className);
    }

    private Map<String, Optional<String>> each(Collection<String> classNames, Hash hash) {
        try (ClassFamilies families = new ClassFamilies(loader)) {
            var names = classNames.size() < PARALLEL_FROM ? classNames.stream() : classNames.parallelStream();
            return names.distinct().collect(Collectors.toMap(Function.identity(), name -> hash.of(families, name)));
        }
    }

    /** The members of a class's family by its binary name, or empty when its class file cannot be found. */
    Optional<String> membersOf(String className) {
        return membersOf(List.of(className)).get(className);
    }

    /** What to bind and store for a class just loaded and recorded ({@link #verifiedMembersOf(Collection)}). */
    Optional<String> verifiedMembersOf(String className) {
        return verifiedMembersOf(List.of(className)).get(className);
    }

    private static Optional<String> membersOf(ClassFamilies families, String className) {
        return families.of(top(internal(className))).map(ClassHashes::members);
    }

    /**
     * The hash of a class's family where nothing its code can reach is outside the family, the JDK and
     * Retort; empty otherwise.
     */
    private Optional<String> verifiedMembersOf(ClassFamilies families, String className) {
        String start = internal(className);
        String top = top(start);
        String nested = top + "$";
        Optional<List<ClassFile>> family = families.of(top);
        if (family.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ClassFile> byName = new HashMap<>();
        family.get().forEach(file -> byName.put(file.name(), file));
        Deque<String> pending = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>(pending);
        try {
            while (!pending.isEmpty()) {
                ClassFile file = byName.get(pending.poll() + ".class");
                byte[] bytes = file == null ? null : file.bytes().read();
                if (bytes == null || !file.describes(bytes)) {
                    return Optional.empty();
                }
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
        return Optional.of(members(family.get()));
    }

    private static String internal(String className) {
        return className.replace('.', '/');
    }

    private static String top(String internalName) {
        int dollar = internalName.indexOf('$', internalName.lastIndexOf('/') + 1);
        return dollar < 0 ? internalName : internalName.substring(0, dollar);
    }

    /** What is hashed of a family: each file's name, size and CRC-32, one per line. */
    private static String members(List<ClassFile> family) {
        StringBuilder members = new StringBuilder(64 * family.size());
        for (ClassFile file : family) {
            members.append(file.name()).append('\n').append(file.size()).append('\n').append(file.crc()).append('\n');
        }
        return members.toString();
    }

    /**
     * The value the history stores for a migration: SHA-256 over the format (with Retort's version),
     * the row's checksum and its class family's members ({@link #membersOf}), so that a row whose checksum
     * was changed by anyone no longer matches; one digest per row.
     */
    static String bound(MessageDigest digest, String members, String checksum) {
        digest.reset();
        digest.update(FORMAT);
        digest.update((checksum + "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(members.getBytes(StandardCharsets.UTF_8)));
    }

    /** A digest for {@link #bound}, for one thread. */
    static MessageDigest newDigest() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
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
