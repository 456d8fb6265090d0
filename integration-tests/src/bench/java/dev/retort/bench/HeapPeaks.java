package dev.retort.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap one piece of work takes in this JVM, two ways: the heap pools' peaks (garbage not yet
 * collected counts, so the collector's sizing moves it) and the largest heap left after any
 * collection during the work (what the work keeps alive, near enough).
 */
final class HeapPeaks {

    /** Bytes: the pools' peak usage, and the largest usage after a collection. */
    record Peak(long used, long live) {}

    private HeapPeaks() {}

    static Peak of(Runnable work) {
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        Set<String> heapPools = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        AtomicLong live = new AtomicLong();
        NotificationListener listener = (Notification notification, Object handback) -> {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey())).map(e -> e.getValue())
                        .mapToLong(MemoryUsage::getUsed).sum();
                live.accumulateAndGet(after, Math::max);
            }
        };
        List<NotificationEmitter> emitters = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(NotificationEmitter.class::cast).toList();
        emitters.forEach(e -> e.addNotificationListener(listener, null, null));
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            work.run();
        } finally {
            emitters.forEach(e -> remove(e, listener));
        }
        return new Peak(pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum(), live.get());
    }

    private static void remove(NotificationEmitter emitter, NotificationListener listener) {
        try {
            emitter.removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
