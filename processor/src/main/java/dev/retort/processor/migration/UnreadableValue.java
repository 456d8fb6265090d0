package dev.retort.processor.migration;

import com.sun.source.util.TreePath;
import dev.retort.processor.diagnostic.Check;

/** A value in a migration body that javac cannot know, or that cannot exist; reported at its tree. */
final class UnreadableValue extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient TreePath where;
    private final Check check;

    UnreadableValue(TreePath where, Check check, String message) {
        super(message, null, false, false);
        this.where = where;
        this.check = check;
    }

    TreePath where() {
        return where;
    }

    Check check() {
        return check;
    }
}
