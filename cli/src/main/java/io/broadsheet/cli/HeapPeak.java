package io.broadsheet.cli;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tracks the highest heap use seen while it is open. The heap is fullest just before a collection, so every
 * collection reports the sum of its pools' use before it ran; {@link #sample()} adds readings between
 * collections. Summing each pool's own peak instead would overstate, since pools peak at different times.
 */
final class HeapPeak implements AutoCloseable {

    // Looked up once: ManagementFactory searches its platform components on every call.
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong liveAfterCollection = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onCollection;

    HeapPeak() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        sample();
    }

    /** Records the heap in use now. */
    void sample() {
        record(MEMORY.getHeapMemoryUsage().getUsed());
    }

    /** @return the highest heap use seen, in bytes */
    long bytes() {
        sample();
        return peak.get();
    }

    /**
     * @return the most heap still in use right after a collection, in bytes: what the run kept alive, as opposed
     *         to garbage not yet collected; 0 when no collection ran
     */
    long liveBytes() {
        return liveAfterCollection.get();
    }

    /** @return the largest heap the JVM may use, in bytes, or -1 when it has no limit */
    static long maxBytes() {
        return MEMORY.getHeapMemoryUsage().getMax();
    }

    private void onCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long before = 0;
        for (MemoryUsage usage : info.getGcInfo().getMemoryUsageBeforeGc().values()) {
            before += usage.getUsed();
        }
        record(before);
        long after = 0;
        for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            after += usage.getUsed();
        }
        liveAfterCollection.accumulateAndGet(after, Math::max);
    }

    private void record(long used) {
        peak.accumulateAndGet(used, Math::max);
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone: nothing to undo
            }
        }
    }
}
