package org.sovplan.placement.scenario.run;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.sovplan.placement.replica.Leases;
import org.sovplan.placement.replica.Renewal;
import org.sovplan.placement.replica.Replica;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;

/**
 * The leases of scenario runs ({@link Leases}, with the same replica name and settings as plans):
 * renewed with each run's elapsed time, which is also published as its progress.
 */
@Singleton
public class ScenarioRunLeases extends Leases<ScenarioRun> {

    private final ScenarioRunStore store;
    private final ScenarioRunner runner;
    private final ScenarioEvents events;

    public ScenarioRunLeases(Replica replica, ScenarioRunStore store, ScenarioRunner runner, ScenarioEvents events,
            Scheduler scheduler) {
        super("scenario run", ScenarioRunner.STOPPED, replica, store, runner, events, scheduler);
        this.store = store;
        this.runner = runner;
        this.events = events;
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    @Override
    protected Renewal renewLeases(String owner, int leaseSeconds) {
        Map<UUID, Long> running = runner.elapsedOfAll();
        if (running.isEmpty()) {
            return Renewal.NONE;
        }
        Renewal renewal = store.renew(owner, running, leaseSeconds);
        running.forEach((id, elapsed) -> events.publish(new RunDto.Event("progress", id, RunStatus.SOLVING, elapsed, null)));
        return renewal;
    }

    @Override
    protected void relay(ScenarioRun run) {
        if (run.status.isActive()) {
            events.publish(new RunDto.Event("progress", run.id, run.status, run.elapsedMs, null));
        } else {
            events.end(new RunDto.Event("end", run.id, run.status, run.elapsedMs, run.failureReason));
        }
    }
}
