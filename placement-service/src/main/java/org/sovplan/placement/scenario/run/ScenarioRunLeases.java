package org.sovplan.placement.scenario.run;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.plan.PlanLeases;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduler;

/**
 * Runs share one database between replicas as plans do ({@link PlanLeases}, same replica name and
 * lease settings): the replica solving a run renews its lease and publishes its progress; every
 * replica fails runs whose lease ran out; a cancel recorded by another replica is acted on at the
 * next renewal; streams of runs solved elsewhere are fed from their rows.
 */
@ApplicationScoped
public class ScenarioRunLeases {

    private static final Logger LOG = Logger.getLogger(ScenarioRunLeases.class);

    private final PlanLeases replica;
    private final int renewIntervalSeconds;
    private final ScenarioRunStore store;
    private final ScenarioRunner runner;
    private final ScenarioEvents events;
    private final Scheduler scheduler;

    public ScenarioRunLeases(PlanLeases replica, PlacementConfig config, ScenarioRunStore store, ScenarioRunner runner,
            ScenarioEvents events, Scheduler scheduler) {
        this.replica = replica;
        this.renewIntervalSeconds = config.replica().renewIntervalSeconds();
        this.store = store;
        this.runner = runner;
        this.events = events;
        this.scheduler = scheduler;
    }

    public String owner() {
        return replica.owner();
    }

    public int leaseSeconds() {
        return replica.leaseSeconds();
    }

    void onStart(@Observes StartupEvent event) {
        report(store.failOwnedBy(owner(), ScenarioRunner.STOPPED), "left by an earlier run of this replica");
        sweep();
        scheduler.newJob("scenario-run-leases").setInterval(renewIntervalSeconds + "s")
                .setConcurrentExecution(ConcurrentExecution.SKIP).setTask(execution -> tick()).schedule();
    }

    void onStop(@Observes ShutdownEvent event) {
        try {
            report(store.failOwnedBy(owner(), ScenarioRunner.STOPPED), "interrupted by this replica stopping");
        } catch (RuntimeException e) {
            LOG.warnf("Could not fail this replica's scenario runs at shutdown (their leases will expire): %s", e.getMessage());
        }
    }

    void tick() {
        try {
            renew();
            sweep();
            relay();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Scenario run lease round failed; retrying in %d s", renewIntervalSeconds);
        }
    }

    /** Renews this replica's runs, publishes their progress, and acts on cancels and lost leases. */
    public void renew() {
        var running = runner.elapsedOfAll();
        if (running.isEmpty()) {
            return;
        }
        ScenarioRunStore.Renewal renewal = store.renew(owner(), running, leaseSeconds());
        renewal.lost().forEach(runner::abandon);
        renewal.cancelRequested().forEach(runner::cancel);
        running.forEach((id, elapsed) -> events.publish(new RunDto.Event("progress", id, RunStatus.SOLVING, elapsed, null)));
    }

    public int sweep() {
        int failed = store.failExpired(ScenarioRunner.STOPPED);
        report(failed, "whose replica stopped renewing their lease");
        return failed;
    }

    void relay() {
        Set<UUID> remote = new HashSet<>(events.followed());
        remote.removeAll(runner.running());
        if (remote.isEmpty()) {
            return;
        }
        for (ScenarioRun run : store.load(remote)) {
            if (run.status.isActive()) {
                events.publish(new RunDto.Event("progress", run.id, run.status, run.elapsedMs, null));
            } else {
                events.end(new RunDto.Event("end", run.id, run.status, run.elapsedMs, run.failureReason));
            }
        }
    }

    private static void report(int failed, String why) {
        if (failed > 0) {
            LOG.warnf("Marked %d scenario run(s) FAILED %s", failed, why);
        }
    }
}
