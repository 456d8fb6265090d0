package dev.retort.processor.expect;

import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * One diagnostic, expected or as javac reported it: its kind, its source file relative to the source
 * root ({@code null} when it has none), its line and column as javac counts them (1-based; -1 when it
 * has none) and its full message text.
 */
public record Reported(Diagnostic.Kind kind, String file, long line, long column, String message) {

    public static Reported error(JavaFileObject source, long line, long column, String message) {
        return new Reported(Diagnostic.Kind.ERROR, fileOf(source), line, column, message);
    }

    public static Reported warning(JavaFileObject source, long line, long column, String message) {
        return new Reported(Diagnostic.Kind.WARNING, fileOf(source), line, column, message);
    }

    public static Reported note(JavaFileObject source, long line, long column, String message) {
        return new Reported(Diagnostic.Kind.NOTE, fileOf(source), line, column, message);
    }

    /** In a source named by its path relative to the source folder, as a build of real files names it. */
    public static Reported error(String file, long line, long column, String message) {
        return new Reported(Diagnostic.Kind.ERROR, file, line, column, message);
    }

    public static Reported warning(String file, long line, long column, String message) {
        return new Reported(Diagnostic.Kind.WARNING, file, line, column, message);
    }

    /** A diagnostic about no source: a build option, or a class javac read from its class file. */
    public static Reported error(String message) {
        return new Reported(Diagnostic.Kind.ERROR, null, -1, -1, message);
    }

    public static Reported warning(String message) {
        return new Reported(Diagnostic.Kind.WARNING, null, -1, -1, message);
    }

    public static Reported note(String message) {
        return new Reported(Diagnostic.Kind.NOTE, null, -1, -1, message);
    }

    /** What javac reported, its file named as {@link #fileOf} names it. */
    public static Reported of(Diagnostic<? extends JavaFileObject> diagnostic) {
        return of(diagnostic, diagnostic.getSource() == null ? null : fileOf(diagnostic.getSource()));
    }

    /**
     * What javac reported, in the file the caller names (a real build names files relative to its
     * folder). A diagnostic without a position has no file either: javac names for it whichever
     * source it happened to be reading.
     */
    public static Reported of(Diagnostic<? extends JavaFileObject> diagnostic, String file) {
        boolean placed = diagnostic.getPosition() != Diagnostic.NOPOS;
        return new Reported(diagnostic.getKind(), placed ? file : null, placed ? diagnostic.getLineNumber() : -1,
                placed ? diagnostic.getColumnNumber() : -1, diagnostic.getMessage(Locale.ROOT));
    }

    /** {@code app/migrations/CreateT.java} for a fixture of that class. */
    public static String fileOf(JavaFileObject source) {
        return source.getName().replaceFirst("^/", "");
    }

    /** One line: {@code ERROR app/migrations/CreateT.java:8:12: message}, a line break in the message shown as \n. */
    @Override
    public String toString() {
        String where = file == null ? "(no file)" : file + ":" + line + ":" + column;
        return kind + " " + where + ": " + message.replace("\n", "\\n");
    }
}
