package org.sovplan.placement.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Fans a plan's progress out to its Server-Sent Event subscribers. Registration and the final
 * event are serialised per hub, so a subscriber either sees the end event or registers after it
 * and gets the plan's final state at once: no stream waits for an end that already happened.
 * Plans solved by this replica publish here directly; plans solved by another replica are relayed
 * from their stored state by {@link PlanLeases} on each lease round.
 */
@ApplicationScoped
public class PlanEvents {

    private static final int REMEMBERED_ENDS = 1000;

    private final Map<UUID, List<MultiEmitter<? super PlanDto.Event>>> subscribers = new HashMap<>();

    /** End events of recently ended plans, for subscribers that arrive just after the end. */
    private final Map<UUID, PlanDto.Event> recentEnds = new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, PlanDto.Event> eldest) {
            return size() > REMEMBERED_ENDS;
        }
    };

    /**
     * The stream of one plan: the current state first, then every event until the end.
     *
     * @param current the plan's state as stored; when final, the stream ends after it
     */
    public Multi<PlanDto.Event> stream(UUID planId, PlanDto.Event current) {
        return Multi.createFrom().emitter(emitter -> {
            synchronized (this) {
                PlanDto.Event ended = recentEnds.get(planId);
                PlanDto.Event now = ended != null ? ended : current;
                emitter.emit(now);
                if (!now.status().isActive()) {
                    emitter.complete();
                    return;
                }
                subscribers.computeIfAbsent(planId, k -> new ArrayList<>()).add(emitter);
            }
            emitter.onTermination(() -> remove(planId, emitter));
        });
    }

    /** Sends a progress or status event to the plan's subscribers. */
    public synchronized void publish(PlanDto.Event event) {
        for (MultiEmitter<? super PlanDto.Event> e : subscribers.getOrDefault(event.planId(), List.of())) {
            e.emit(event);
        }
    }

    /** Sends the end event and closes every stream of the plan. Call after the final state is stored. */
    public synchronized void end(PlanDto.Event event) {
        recentEnds.put(event.planId(), event);
        List<MultiEmitter<? super PlanDto.Event>> list = subscribers.remove(event.planId());
        if (list != null) {
            for (MultiEmitter<? super PlanDto.Event> e : list) {
                e.emit(event);
                e.complete();
            }
        }
    }

    /** Plans that have subscribers here now. */
    public synchronized Set<UUID> followed() {
        return Set.copyOf(subscribers.keySet());
    }

    private synchronized void remove(UUID planId, MultiEmitter<? super PlanDto.Event> emitter) {
        List<MultiEmitter<? super PlanDto.Event>> list = subscribers.get(planId);
        if (list != null) {
            list.remove(emitter);
            if (list.isEmpty()) {
                subscribers.remove(planId);
            }
        }
    }
}
