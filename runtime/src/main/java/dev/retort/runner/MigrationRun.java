package dev.retort.runner;

import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Map;

/**
 * One direction of one migration as the runner runs it: the operations, the schemas they pass
 * through, and for each data step the step of the other direction that undoes it ({@link DataUndo}).
 */
record MigrationRun(String migrationId, List<Operation> operations, SchemaPoints points,
                    Map<Integer, Operation> dataUndo) {

    MigrationRun {
        operations = List.copyOf(operations);
        dataUndo = Map.copyOf(dataUndo);
    }

    static MigrationRun of(String migrationId, List<Operation> operations, List<Operation> otherDirection,
                           Schema before) {
        return new MigrationRun(migrationId, operations, SchemaPoints.of(before, operations),
                DataUndo.pairs(operations, otherDirection));
    }

    int size() {
        return operations.size();
    }
}
