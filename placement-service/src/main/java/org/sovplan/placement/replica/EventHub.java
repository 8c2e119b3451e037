package org.sovplan.placement.replica;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Fans a job's progress (a plan's, a scenario run's) out to its Server-Sent Event subscribers.
 * Registration and the final event are serialised per hub, so a subscriber either sees the end
 * event or registers after it and gets the job's final state at once: no stream waits for an end
 * that already happened. Jobs solved by this replica publish here directly; jobs solved by another
 * replica are relayed from their stored state by {@link Leases} on each lease round.
 *
 * @param <E> the event type
 */
public abstract class EventHub<E> {

    private static final int REMEMBERED_ENDS = 1000;

    private final Function<E, UUID> jobOf;
    private final Predicate<E> active;
    private final Map<UUID, List<MultiEmitter<? super E>>> subscribers = new HashMap<>();

    /** End events of recently ended jobs, for subscribers that arrive just after the end. */
    private final Map<UUID, E> recentEnds = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, E> eldest) {
            return size() > REMEMBERED_ENDS;
        }
    };

    /**
     * @param jobOf the job an event is about
     * @param active whether an event leaves its job active (a stream that starts with an inactive one ends at once)
     */
    protected EventHub(Function<E, UUID> jobOf, Predicate<E> active) {
        this.jobOf = jobOf;
        this.active = active;
    }

    /**
     * The stream of one job: the current state first, then every event until the end.
     *
     * @param current the job's state as stored; when final, the stream ends after it
     */
    public Multi<E> stream(UUID jobId, E current) {
        return Multi.createFrom().emitter(emitter -> {
            synchronized (this) {
                E ended = recentEnds.get(jobId);
                E now = ended != null ? ended : current;
                emitter.emit(now);
                if (!active.test(now)) {
                    emitter.complete();
                    return;
                }
                subscribers.computeIfAbsent(jobId, k -> new ArrayList<>()).add(emitter);
            }
            emitter.onTermination(() -> remove(jobId, emitter));
        });
    }

    /** Sends a progress or status event to the job's subscribers. */
    public synchronized void publish(E event) {
        for (MultiEmitter<? super E> e : subscribers.getOrDefault(jobOf.apply(event), List.of())) {
            e.emit(event);
        }
    }

    /** Sends the end event and closes every stream of the job. Call after the final state is stored. */
    public synchronized void end(E event) {
        UUID jobId = jobOf.apply(event);
        recentEnds.put(jobId, event);
        List<MultiEmitter<? super E>> list = subscribers.remove(jobId);
        if (list != null) {
            for (MultiEmitter<? super E> e : list) {
                e.emit(event);
                e.complete();
            }
        }
    }

    /** Jobs that have subscribers here now. */
    public synchronized Set<UUID> followed() {
        return Set.copyOf(subscribers.keySet());
    }

    private synchronized void remove(UUID jobId, MultiEmitter<? super E> emitter) {
        List<MultiEmitter<? super E>> list = subscribers.get(jobId);
        if (list != null) {
            list.remove(emitter);
            if (list.isEmpty()) {
                subscribers.remove(jobId);
            }
        }
    }
}
