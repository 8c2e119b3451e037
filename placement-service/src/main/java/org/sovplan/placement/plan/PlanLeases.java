package org.sovplan.placement.plan;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.sovplan.placement.config.PlacementConfig;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduler;

/**
 * Lets several replicas share one database of plans. A plan is solved in the memory of the
 * replica that accepted it, its owner, which renews the plan's lease on a schedule. Every
 * replica, at startup and on the same schedule, fails the active plans whose lease ran out (their
 * replica stopped) with one UPDATE, so no client waits forever and replicas never fight over a
 * plan. A cancel that reaches another replica is recorded in the plan's row; the owner sees it
 * at its next renewal and stops the plan. Streams of plans solved elsewhere are fed from the rows.
 */
@ApplicationScoped
public class PlanLeases {

    static final String STOPPED = "the replica solving this plan stopped; run it again";
    private static final Logger LOG = Logger.getLogger(PlanLeases.class);
    private static final int MAX_OWNER_LENGTH = 253;

    private final String owner;
    private final int leaseSeconds;
    private final int renewIntervalSeconds;
    private final PlanStore store;
    private final PlanRunner runner;
    private final PlanEvents events;
    private final Scheduler scheduler;

    public PlanLeases(PlacementConfig config, PlanStore store, PlanRunner runner, PlanEvents events,
            Scheduler scheduler) {
        PlacementConfig.Replica replica = config.replica();
        this.owner = replica.id().filter(id -> !id.isBlank()).orElseGet(() -> UUID.randomUUID().toString());
        this.leaseSeconds = replica.leaseSeconds();
        this.renewIntervalSeconds = replica.renewIntervalSeconds();
        if (owner.length() > MAX_OWNER_LENGTH) {
            throw new IllegalStateException("sovplan.placement.replica.id must be at most " + MAX_OWNER_LENGTH
                    + " characters");
        }
        if (renewIntervalSeconds < 1 || leaseSeconds < 2 * renewIntervalSeconds) {
            throw new IllegalStateException("sovplan.placement.replica.lease-seconds (" + leaseSeconds
                    + ") must be at least twice renew-interval-seconds (" + renewIntervalSeconds + "), which is at least 1");
        }
        this.store = store;
        this.runner = runner;
        this.events = events;
        this.scheduler = scheduler;
    }

    /** This replica's name, recorded as the owner of the plans it accepts. */
    public String owner() {
        return owner;
    }

    public int leaseSeconds() {
        return leaseSeconds;
    }

    void onStart(@Observes StartupEvent event) {
        LOG.infof("Replica %s: plan leases of %d s, renewed every %d s", owner, leaseSeconds, renewIntervalSeconds);
        recoverAtStartup();
        scheduler.newJob("plan-leases").setInterval(renewIntervalSeconds + "s")
                .setConcurrentExecution(ConcurrentExecution.SKIP).setTask(execution -> tick()).schedule();
    }

    /**
     * Fails the active plans left by an earlier run under this replica's name (a restarted pod
     * keeps its name) at once, and those of any replica whose lease ran out. Only at startup:
     * later, this replica's own active plans are running.
     */
    void recoverAtStartup() {
        report(store.failOwnedBy(owner, STOPPED), "left by an earlier run of this replica");
        sweep();
    }

    /** Plans this replica solves end with it: fail them now rather than when their leases run out. */
    void onStop(@Observes ShutdownEvent event) {
        try {
            report(store.failOwnedBy(owner, STOPPED), "interrupted by this replica stopping");
        } catch (RuntimeException e) {
            LOG.warnf("Could not fail this replica's plans at shutdown (their leases will expire): %s", e.getMessage());
        }
    }

    /** One round: renew, sweep, relay. A failing round is logged and retried at the next one. */
    void tick() {
        try {
            renew();
            sweep();
            relay();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Plan lease round failed; retrying in %d s", renewIntervalSeconds);
        }
    }

    /**
     * Extends the leases of the plans this replica runs (with their progress), stops those asked
     * to be cancelled elsewhere, and stops those it lost (failed by a sweep after a stall).
     */
    public void renew() {
        Map<UUID, PlanDto.Progress> running = runner.progressOfAll();
        if (running.isEmpty()) {
            return;
        }
        PlanStore.Renewal renewal = store.renew(owner, running, leaseSeconds);
        renewal.lost().forEach(runner::abandon);
        renewal.cancelRequested().forEach(runner::cancel);
    }

    /** Fails every active plan whose lease ran out, whichever replica owned it; answers how many. */
    public int sweep() {
        int failed = store.failExpired(STOPPED);
        report(failed, "whose replica stopped renewing their lease");
        return failed;
    }

    /** Feeds this replica's event streams of plans solved by other replicas from the stored rows. */
    void relay() {
        Set<UUID> remote = new HashSet<>(events.followed());
        remote.removeAll(runner.running());
        if (remote.isEmpty()) {
            return;
        }
        for (Plan plan : store.load(remote)) {
            if (plan.status.isActive()) {
                events.publish(new PlanDto.Event(plan.status == PlanStatus.SOLVING ? "progress" : "status", plan.id,
                        plan.status, plan.bestScore, plan.elapsedMs, null));
            } else {
                events.end(new PlanDto.Event("end", plan.id, plan.status, plan.bestScore, plan.elapsedMs,
                        plan.failureReason));
            }
        }
    }

    private static void report(int failed, String why) {
        if (failed > 0) {
            LOG.warnf("Marked %d plan(s) FAILED %s", failed, why);
        }
    }
}
