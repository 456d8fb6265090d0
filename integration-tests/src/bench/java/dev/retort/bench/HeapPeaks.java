package dev.retort.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap one piece of work takes in this JVM, two ways: the heap pools' peaks (garbage not yet
 * collected counts, so the collector's sizing moves it), and the live heap: the largest heap left
 * after a full collection, which a sampler asks for again and again while the work runs. A young
 * collection leaves the old generation's garbage in place, so the heap after any collection counts
 * garbage too; the sampled figure is what the work keeps alive, missing at most a peak shorter than
 * the sampler's period.
 */
final class HeapPeaks {

    /** Between the end of one sampling collection and the start of the next. */
    private static final long PAUSE_MS = 50;

    /** Bytes: the pools' peak usage, and the largest heap left after a full collection. */
    record Peak(long used, long live) {}

    private HeapPeaks() {}

    static Peak of(Runnable work) {
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong live = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc(); // a full, stop-the-world collection with the JDK's collectors by default
                live.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(PAUSE_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler.start();
        try {
            work.run();
        } finally {
            sampler.interrupt();
            join(sampler);
        }
        return new Peak(pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum(), live.get());
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
