package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a class hash covers: the class files of the class's top-level class and of the classes nested
 * in it, as the loader would define them, from a directory, a jar or any loader's resources, never
 * loaded. {@code verified} (the value stored after recording) is {@code of} (the value a start
 * compares) where the class's code reaches nothing else of the application.
 */
class ClassHashesTest {

    private static final String SCRIPT = "implements dev.retort.migration.MigrationScript";
    private static final String DOWN = " public void downgrade(dev.retort.migration.Ops op) { op.dropTable(\"t\"); }";

    @TempDir
    Path folder;

    private void compile(String name, String source) throws IOException {
        Path file = folder.resolve("src/p/" + name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package p;\n" + source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-d", folder.resolve("classes").toString(),
                "-cp", System.getProperty("java.class.path") + java.io.File.pathSeparator + folder.resolve("classes")));
        arguments.add(file.toString());
        assertEquals(0, javac.run(null, null, null, arguments.toArray(String[]::new)));
    }

    /** The value stored for a class just recorded; where there is one, a start's value is the same. */
    private Optional<String> hash(String className) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.resolve("classes").toUri().toURL()},
                getClass().getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) {
                throw new AssertionError("a class was loaded: " + name);
            }
        }) {
            Optional<String> verified = new ClassHashes(loader).verifiedMembersOf(className);
            verified.ifPresent(value -> assertEquals(Optional.of(value), new ClassHashes(loader).membersOf(className),
                    "what a start computes is what was stored"));
            return verified;
        }
    }

    /** The class files under {@code classes}, in a jar made as the jar tool makes one. */
    private Path jar(String name) throws IOException {
        return dev.retort.testing.Jars.of(folder.resolve("classes"), folder.resolve(name + ".jar"));
    }

    @Test
    void aClassThatCallsOnlyRetortAndTheJdkHasAHashThatItsBytesChange() throws IOException {
        compile("A", "public class A " + SCRIPT + " { public void upgrade(dev.retort.migration.Ops op) {"
                + " op.dropTable(\"a\" + String.valueOf(1)); }" + DOWN + " }");
        Optional<String> before = hash("p.A");
        assertTrue(before.isPresent());
        assertEquals(before, hash("p.A"));
        compile("A", "public class A " + SCRIPT + " { public void upgrade(dev.retort.migration.Ops op) {"
                + " op.dropTable(\"b\" + String.valueOf(1)); }" + DOWN + " }");
        assertNotEquals(before, hash("p.A"));
    }

    @Test
    void aNestedClassItCallsIsPartOfTheHash() throws IOException {
        compile("B", "public class B " + SCRIPT + " { public void upgrade(dev.retort.migration.Ops op) {"
                + " Helper.drop(op); new Runnable() { public void run() {} }.run(); }" + DOWN
                + " static class Helper { static void drop(dev.retort.migration.Ops op) { op.dropTable(\"one\"); } } }");
        Optional<String> before = hash("p.B");
        assertTrue(before.isPresent());
        byte[] outer = Files.readAllBytes(folder.resolve("classes/p/B.class"));
        compile("B", "public class B " + SCRIPT + " { public void upgrade(dev.retort.migration.Ops op) {"
                + " Helper.drop(op); new Runnable() { public void run() {} }.run(); }" + DOWN
                + " static class Helper { static void drop(dev.retort.migration.Ops op) { op.dropTable(\"two\"); } } }");
        assertEquals(java.util.Arrays.toString(outer),
                java.util.Arrays.toString(Files.readAllBytes(folder.resolve("classes/p/B.class"))),
                "the edit is in the nested class alone");
        Optional<String> after = hash("p.B");
        assertTrue(after.isPresent());
        assertNotEquals(before, after);
        Files.delete(folder.resolve("classes/p/B$1.class"));
        assertEquals(Optional.empty(), hash("p.B"), "a nested class it refers to that cannot be read leaves no hash");
    }

    @Test
    void aClassThatCallsAnotherClassOfTheApplicationHasNoHash() throws IOException {
        compile("Util", "public class Util { public static String name() { return \"u\"; } }");
        compile("C", "public class C " + SCRIPT + " { public void upgrade(dev.retort.migration.Ops op) {"
                + " op.dropTable(Util.name()); }" + DOWN + " }");
        assertEquals(Optional.empty(), hash("p.C"));
    }

    @Test
    void aClassInAJarHasTheHashOfTheSameFilesInADirectoryAndAnEditInTheJarChangesIt() throws IOException {
        compile("J", "public class J " + SCRIPT + " { public void upgrade(dev.retort.migration.Ops op) {"
                + " new Runnable() { public void run() {} }.run(); op.dropTable(\"one\"); }" + DOWN + " }");
        Optional<String> inDirectory = hash("p.J");
        assertTrue(inDirectory.isPresent());
        Path jar = jar("first");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            ClassHashes hashes = new ClassHashes(loader);
            assertEquals(inDirectory, hashes.membersOf("p.J"), "the same files in a jar");
            assertEquals(inDirectory, hashes.verifiedMembersOf("p.J"));
        }
        compile("J", "public class J " + SCRIPT + " { public void upgrade(dev.retort.migration.Ops op) {"
                + " new Runnable() { public void run() {} }.run(); op.dropTable(\"two\"); }" + DOWN + " }");
        Path edited = jar("first");
        assertEquals(jar, edited, "the jar rewritten in place, as a redeployment in the same JVM does");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {edited.toUri().toURL()}, getClass().getClassLoader())) {
            Optional<String> after = new ClassHashes(loader).membersOf("p.J");
            assertTrue(after.isPresent());
            assertNotEquals(inDirectory, after);
            assertEquals(hash("p.J"), after);
        }
    }

    @Test
    void aNestedClassTheLoaderWouldDefineFromAnotherPlaceLeavesTheFamilyWithoutAHash() throws IOException {
        compile("K", "public class K " + SCRIPT + " { public void upgrade(dev.retort.migration.Ops op) {"
                + " new Runnable() { public void run() {} }.run(); }" + DOWN + " }");
        Path shadow = folder.resolve("shadow/p");
        Files.createDirectories(shadow);
        Files.copy(folder.resolve("classes/p/K$1.class"), shadow.resolve("K$1.class"));
        Path jar = jar("k");
        try (URLClassLoader parent = new URLClassLoader(new URL[] {folder.resolve("shadow").toUri().toURL()},
                getClass().getClassLoader());
             URLClassLoader fromJar = new URLClassLoader(new URL[] {jar.toUri().toURL()}, parent);
             URLClassLoader fromDirectory = new URLClassLoader(new URL[] {folder.resolve("classes").toUri().toURL()},
                     parent)) {
            assertEquals(Optional.empty(), new ClassHashes(fromJar).membersOf("p.K"), "K$1 is the parent's copy");
            assertEquals(Optional.empty(), new ClassHashes(fromDirectory).membersOf("p.K"));
        }
        Optional<String> alone = hash("p.K");
        assertTrue(alone.isPresent());
        try (URLClassLoader parent = new URLClassLoader(new URL[] {folder.resolve("classes").toUri().toURL()},
                getClass().getClassLoader());
             URLClassLoader child = new URLClassLoader(new URL[] {jar.toUri().toURL()}, parent)) {
            assertEquals(alone, new ClassHashes(child).membersOf("p.K"), "the whole family from the parent's directory");
        }
    }

    @Test
    void aLoaderWhoseResourcesAreNeitherFilesNorJarEntriesHashesWhatTheClassNames() throws IOException {
        compile("L", "public class L " + SCRIPT + " { public void upgrade(dev.retort.migration.Ops op) {"
                + " new Runnable() { public void run() {} }.run(); }" + DOWN + " }");
        Optional<String> inDirectory = hash("p.L");
        Path classes = folder.resolve("classes");
        java.net.URLStreamHandler memory = new java.net.URLStreamHandler() {
            @Override
            protected java.net.URLConnection openConnection(URL url) {
                return new java.net.URLConnection(url) {
                    @Override
                    public void connect() {}

                    @Override
                    public java.io.InputStream getInputStream() throws IOException {
                        return Files.newInputStream(classes.resolve(url.getPath().substring(1)));
                    }
                };
            }
        };
        ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected URL findResource(String name) {
                try {
                    return Files.exists(classes.resolve(name)) ? new URL("memory", "", -1, "/" + name, memory) : null;
                } catch (java.net.MalformedURLException e) {
                    throw new AssertionError(e);
                }
            }
        };
        ClassHashes hashes = new ClassHashes(loader);
        assertEquals(inDirectory, hashes.membersOf("p.L"));
        assertEquals(inDirectory, hashes.verifiedMembersOf("p.L"));
    }

    @Test
    void aClassThatCannotBeReadAsAResourceHasNoHash() throws IOException {
        Files.createDirectories(folder.resolve("classes"));
        assertEquals(Optional.empty(), hash("p.Missing"));
    }

    @Test
    void aCopyOfTheClassOnAParentsClassPathIsTheOneHashedAsTheLoaderWouldDefineIt() throws IOException {
        compile("D", "public class D " + SCRIPT + " { public void upgrade(dev.retort.migration.Ops op) {"
                + " op.dropTable(\"parent\"); }" + DOWN + " }");
        Path parentClasses = folder.resolve("parent-classes");
        Files.move(folder.resolve("classes"), parentClasses);
        compile("D", "public class D " + SCRIPT + " { public void upgrade(dev.retort.migration.Ops op) {"
                + " op.dropTable(\"child\"); }" + DOWN + " }");
        Optional<String> childAlone = hash("p.D");
        try (URLClassLoader parent = new URLClassLoader(new URL[] {parentClasses.toUri().toURL()}, getClass().getClassLoader());
             URLClassLoader child = new URLClassLoader(new URL[] {folder.resolve("classes").toUri().toURL()}, parent);
             URLClassLoader parentAlone = new URLClassLoader(new URL[] {parentClasses.toUri().toURL()},
                     getClass().getClassLoader())) {
            Optional<String> defined = new ClassHashes(child).membersOf("p.D");
            assertTrue(defined.isPresent());
            assertEquals(new ClassHashes(parentAlone).membersOf("p.D"), defined, "the parent's copy is the one defined");
            assertNotEquals(childAlone, defined);
        }
    }

    @Test
    void onALoaderOfDirectoriesTheFirstDirectoryHoldingTheClassIsTheOneHashed() throws IOException {
        compile("F", "public class F " + SCRIPT + " { public void upgrade(dev.retort.migration.Ops op) {"
                + " op.dropTable(\"first\"); }" + DOWN + " }");
        Path first = folder.resolve("first dir \u00e9");
        Files.move(folder.resolve("classes"), first);
        compile("F", "public class F " + SCRIPT + " { public void upgrade(dev.retort.migration.Ops op) {"
                + " op.dropTable(\"second\"); }" + DOWN + " }");
        compile("G", "public class G " + SCRIPT + " { public void upgrade(dev.retort.migration.Ops op) {"
                + " op.dropTable(\"g\"); }" + DOWN + " }");
        Path second = folder.resolve("classes");
        try (URLClassLoader both = new URLClassLoader(new URL[] {first.toUri().toURL(), second.toUri().toURL()},
                getClass().getClassLoader());
             URLClassLoader firstAlone = new URLClassLoader(new URL[] {first.toUri().toURL()}, getClass().getClassLoader());
             URLClassLoader secondAlone = new URLClassLoader(new URL[] {second.toUri().toURL()}, getClass().getClassLoader())) {
            ClassHashes hashes = new ClassHashes(both);
            assertTrue(hashes.membersOf("p.F").isPresent());
            assertEquals(new ClassHashes(firstAlone).membersOf("p.F"), hashes.membersOf("p.F"), "the first directory's copy is defined");
            assertNotEquals(new ClassHashes(secondAlone).membersOf("p.F"), hashes.membersOf("p.F"));
            assertEquals(new ClassHashes(secondAlone).membersOf("p.G"), hashes.membersOf("p.G"), "a class only the second holds");
            assertTrue(hashes.membersOf("p.G").isPresent());
        }
    }

    @Test
    void manyClassesHashedTogetherHaveTheHashesEachHasAlone() throws IOException {
        StringBuilder source = new StringBuilder("public class H {");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            source.append(" public static class M").append(i).append(' ').append(SCRIPT)
                    .append(" { public void upgrade(dev.retort.migration.Ops op) { op.dropTable(\"t").append(i)
                    .append("\"); }").append(DOWN).append(" }");
            names.add("p.H$M" + i);
        }
        names.add("p.Missing");
        compile("H", source.append(" }").toString());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.resolve("classes").toUri().toURL()},
                getClass().getClassLoader())) {
            ClassHashes hashes = new ClassHashes(loader);
            java.util.Map<String, Optional<String>> together = hashes.membersOf(names);
            assertEquals(names.size(), together.size());
            for (String name : names) {
                assertEquals(new ClassHashes(loader).membersOf(name), together.get(name), name);
            }
            assertEquals(Optional.empty(), together.get("p.Missing"));
            assertEquals(1, together.values().stream().filter(Optional::isPresent).distinct().count(),
                    "classes nested in one top-level class share their family's hash");
        }
    }

    @Test
    void theReferencesOfAClassFileAreTheClassesItsConstantPoolNames() throws IOException {
        compile("E\u00e9", "public class E\u00e9 { Object[] a = new java.util.ArrayList[0];"
                + " static class N\u00ef {} Object n = new N\u00ef(); }");
        byte[] bytes = Files.readAllBytes(folder.resolve("classes/p/E\u00e9.class"));
        java.util.Set<String> names = ClassFileReferences.of(bytes);
        assertTrue(names.containsAll(List.of("p/E\u00e9", "java/lang/Object", "java/util/ArrayList", "p/E\u00e9$N\u00ef")),
                names.toString());
    }
}
