package dev.retort.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Medians of repeated measurements, after warm-up runs that are not counted. The contenders run in
 * turn within each round, so that a slow spell of the machine (another process, a full heap, the JIT)
 * falls on all of them rather than on whichever ran then.
 */
final class Median {

    private Median() {}

    /** The median milliseconds of each contender, in the order given. */
    static double[] interleaved(int warmups, int runs, List<LongSupplier> contenders) {
        for (int i = 0; i < warmups; i++) {
            contenders.forEach(LongSupplier::getAsLong);
        }
        long[][] samples = new long[contenders.size()][runs];
        for (int run = 0; run < runs; run++) {
            for (int c = 0; c < contenders.size(); c++) {
                System.gc(); // the previous run's garbage is not this run's cost
                samples[c][run] = contenders.get(c).getAsLong();
            }
        }
        double[] medians = new double[contenders.size()];
        for (int c = 0; c < contenders.size(); c++) {
            medians[c] = of(samples[c]) / 1_000_000.0;
        }
        return medians;
    }

    /** The median of some values (the mean of the two middle ones for an even count). */
    static double of(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    static double millis(int warmups, int runs, LongSupplier nanos) {
        return interleaved(warmups, runs, List.of(nanos))[0];
    }
}
