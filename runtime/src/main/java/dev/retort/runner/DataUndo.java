package dev.retort.runner;

import dev.retort.operation.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which data step of the other direction undoes each data step of a run. A downgrade mirrors its
 * upgrade, so the k-th data step of one is undone by the k-th from the end of the other; this holds
 * only when both have as many data steps, and otherwise none is paired (their rows are named as
 * what cannot come back when a run must be undone after them).
 */
final class DataUndo {

    private DataUndo() {}

    /** For the index of each data step in {@code run}, the step of {@code other} that undoes it. */
    static Map<Integer, Operation> pairs(List<Operation> run, List<Operation> other) {
        List<Integer> steps = dataSteps(run);
        List<Integer> undoing = dataSteps(other);
        Map<Integer, Operation> pairs = new HashMap<>();
        if (steps.size() == undoing.size()) {
            for (int k = 0; k < steps.size(); k++) {
                pairs.put(steps.get(k), other.get(undoing.get(undoing.size() - 1 - k)));
            }
        }
        return pairs;
    }

    private static List<Integer> dataSteps(List<Operation> operations) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i).isDataStep()) {
                indexes.add(i);
            }
        }
        return indexes;
    }
}
