package dev.retort.processor.check;

import dev.retort.operation.Operation;
import dev.retort.processor.replay.Step;

/**
 * An upgrade step on a table an earlier migration created, with its operation as the kind a check
 * looks for.
 *
 * @param index the step's place in the upgrade, for {@link Novelty} and the steps around it
 */
public record ExistingTableStep<T extends Operation>(int index, Step step, T operation) {}
