package dev.retort.processor.classfile;

import dev.retort.processor.util.ChangeCheck;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The class files of classes that are not being compiled, found as javac finds them: in the class
 * output of an earlier build, then on the class path. Each is read once.
 */
public final class ClassFiles {

    private final Filer filer;
    private final Map<String, Optional<ClassFile>> read = new HashMap<>();
    private final Map<String, String> digests = new TreeMap<>();

    public ClassFiles(Filer filer) {
        this.filer = filer;
    }

    /**
     * The class file of a class by its binary name ({@code app.Outer$Inner}); empty when there is
     * none to read.
     *
     * @throws ClassFileException when there is one and it cannot be read
     */
    public Optional<ClassFile> find(String binaryName) {
        Optional<ClassFile> known = read.get(binaryName);
        if (known == null) {
            Optional<byte[]> bytes = bytesOf(binaryName);
            digests.put(binaryName, bytes.map(ChangeCheck::of).orElse(ABSENT));
            known = bytes.map(ClassFile::parse);
            read.put(binaryName, known);
        }
        return known;
    }

    /** What {@link #digestOf} gives for a class that has no class file to read. */
    public static final String ABSENT = "-";

    /**
     * The {@link ChangeCheck} of each class file {@link #find} read, by binary name ({@link #ABSENT} where there
     * was none): what the results of reading them depend on.
     */
    public Map<String, String> digests() {
        return Map.copyOf(digests);
    }

    /** The {@link ChangeCheck} of a class file, found as {@link #find} finds it, without parsing it; {@link #ABSENT} when none. */
    public String digestOf(String binaryName) {
        String known = digests.get(binaryName);
        if (known == null) {
            known = bytesOf(binaryName).map(ChangeCheck::of).orElse(ABSENT);
            digests.put(binaryName, known);
        }
        return known;
    }

    private Optional<byte[]> bytesOf(String binaryName) {
        int dot = binaryName.lastIndexOf('.');
        String packageName = dot < 0 ? "" : binaryName.substring(0, dot);
        String fileName = binaryName.substring(dot + 1) + ".class";
        for (StandardLocation location : List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH)) {
            try {
                FileObject file = filer.getResource(location, packageName, fileName);
                try (InputStream in = file.openInputStream()) {
                    return Optional.of(in.readAllBytes());
                }
            } catch (IOException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                // Not there: look in the next place.
            }
        }
        return Optional.empty();
    }
}
