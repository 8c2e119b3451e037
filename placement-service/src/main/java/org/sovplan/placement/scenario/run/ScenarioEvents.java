package org.sovplan.placement.scenario.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Fans a run's progress out to its Server-Sent Event subscribers. Registration and the end event
 * are serialised, so a subscriber either sees the end or registers after it and gets the final
 * state at once. Runs of other replicas are relayed from their rows by {@link ScenarioRunLeases}.
 */
@ApplicationScoped
public class ScenarioEvents {

    private static final int REMEMBERED_ENDS = 1000;

    private final Map<UUID, List<MultiEmitter<? super RunDto.Event>>> subscribers = new HashMap<>();
    private final Map<UUID, RunDto.Event> recentEnds = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, RunDto.Event> eldest) {
            return size() > REMEMBERED_ENDS;
        }
    };

    /** The run's state now, then every event until its end. */
    public Multi<RunDto.Event> stream(UUID runId, RunDto.Event current) {
        return Multi.createFrom().emitter(emitter -> {
            synchronized (this) {
                RunDto.Event ended = recentEnds.get(runId);
                RunDto.Event now = ended != null ? ended : current;
                emitter.emit(now);
                if (!now.status().isActive()) {
                    emitter.complete();
                    return;
                }
                subscribers.computeIfAbsent(runId, k -> new ArrayList<>()).add(emitter);
            }
            emitter.onTermination(() -> remove(runId, emitter));
        });
    }

    public synchronized void publish(RunDto.Event event) {
        for (MultiEmitter<? super RunDto.Event> e : subscribers.getOrDefault(event.runId(), List.of())) {
            e.emit(event);
        }
    }

    /** Sends the end event and closes the run's streams; call after the final state is stored. */
    public synchronized void end(RunDto.Event event) {
        recentEnds.put(event.runId(), event);
        List<MultiEmitter<? super RunDto.Event>> list = subscribers.remove(event.runId());
        if (list != null) {
            for (MultiEmitter<? super RunDto.Event> e : list) {
                e.emit(event);
                e.complete();
            }
        }
    }

    public synchronized Set<UUID> followed() {
        return Set.copyOf(subscribers.keySet());
    }

    private synchronized void remove(UUID runId, MultiEmitter<? super RunDto.Event> emitter) {
        List<MultiEmitter<? super RunDto.Event>> list = subscribers.get(runId);
        if (list != null) {
            list.remove(emitter);
            if (list.isEmpty()) {
                subscribers.remove(runId);
            }
        }
    }
}
