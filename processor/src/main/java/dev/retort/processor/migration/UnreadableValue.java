package dev.retort.processor.migration;

import com.sun.source.util.TreePath;
import dev.retort.processor.diagnostic.Check;

/**
 * A value in a migration body that javac cannot know, or that cannot exist; reported at its tree.
 * One without a message is javac's own error (an unknown name, arguments no method takes): Retort
 * says nothing more, and leaves the body unread.
 */
final class UnreadableValue extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient TreePath where;
    private final Check check;

    UnreadableValue(TreePath where, Check check, String message) {
        super(message, null, false, false);
        this.where = where;
        this.check = check;
    }

    static UnreadableValue javacReports(TreePath where) {
        return new UnreadableValue(where, Check.UNREADABLE, null);
    }

    TreePath where() {
        return where;
    }

    Check check() {
        return check;
    }

    /** Whether Retort reports it, rather than leaving it to javac. */
    boolean reported() {
        return getMessage() != null;
    }
}
