package dev.retort.processor.migration;

import com.sun.source.util.TreePath;
import dev.retort.operation.Operation;
import dev.retort.processor.diagnostic.Location;
import javax.lang.model.element.Element;

/**
 * An operation read from a migration body, with where it came from: the call in a source being
 * compiled, or the line of a class file compiled in an earlier build (then {@code call} is null).
 */
public record LocatedOperation(Operation operation, TreePath call, SourceLine line) {

    public static LocatedOperation inSource(Operation operation, TreePath call) {
        return new LocatedOperation(operation, call, null);
    }

    public static LocatedOperation inClassFile(Operation operation, SourceLine line) {
        return new LocatedOperation(operation, null, line);
    }

    /** Where a diagnostic about this operation goes, inside the method that holds it. */
    public Location at(Element method) {
        return call != null ? Location.of(call, method) : Location.atLine(method, line.file(), line.line());
    }
}
