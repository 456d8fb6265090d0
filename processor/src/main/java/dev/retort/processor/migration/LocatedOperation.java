package dev.retort.processor.migration;

import com.sun.source.util.TreePath;
import dev.retort.operation.Operation;

/** An operation read from a migration body, with the call it came from. */
public record LocatedOperation(Operation operation, TreePath call) {}
