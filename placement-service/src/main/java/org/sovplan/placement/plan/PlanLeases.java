package org.sovplan.placement.plan;

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

/** The leases of plans ({@link Leases}): renewed with each plan's progress, relayed as progress, status or end. */
@Singleton
public class PlanLeases extends Leases<Plan> {

    static final String STOPPED = "the replica solving this plan stopped; run it again";

    private final PlanStore store;
    private final PlanRunner runner;
    private final PlanEvents events;

    public PlanLeases(Replica replica, PlanStore store, PlanRunner runner, PlanEvents events, Scheduler scheduler) {
        super("plan", STOPPED, replica, store, runner, events, scheduler);
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
        Map<UUID, PlanDto.Progress> running = runner.progressOfAll();
        return running.isEmpty() ? Renewal.NONE : store.renew(owner, running, leaseSeconds);
    }

    @Override
    protected void relay(Plan plan) {
        if (plan.status.isActive()) {
            events.publish(new PlanDto.Event(plan.status == PlanStatus.SOLVING ? "progress" : "status", plan.id,
                    plan.status, plan.bestScore, plan.elapsedMs, null));
        } else {
            events.end(new PlanDto.Event("end", plan.id, plan.status, plan.bestScore, plan.elapsedMs,
                    plan.failureReason));
        }
    }
}
