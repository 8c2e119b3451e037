package org.sovplan.placement.replica;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduler;

/**
 * Lets several replicas share one database of jobs (plans, scenario runs). A job is solved in the
 * memory of the replica that accepted it, its owner, which renews the job's lease on a schedule.
 * Every replica, at startup and on the same schedule, fails the active jobs whose lease ran out
 * (their replica stopped) with one UPDATE, so no client waits forever and replicas never fight over
 * a job. A cancel that reaches another replica is recorded in the job's row; the owner sees it at
 * its next renewal and stops the job. Streams of jobs solved elsewhere are fed from the rows.
 *
 * <p>Subclasses are {@code @Singleton} beans: a client proxy would need a constructor without
 * arguments, and nothing here needs one.
 *
 * @param <R> the stored job (its entity)
 */
public abstract class Leases<R> {

    /** The lease statements of a job store, each in its own transaction. */
    public interface Store<R> {
        /** Fails the owner's active jobs; answers how many. */
        int failOwnedBy(String owner, String reason);

        /** Fails every active job whose lease ran out, whichever replica owned it; answers how many. */
        int failExpired(String reason);

        /** The stored state of some jobs. */
        List<R> load(Collection<UUID> ids);
    }

    /** The jobs this replica is solving now. */
    public interface Runner {
        Set<UUID> running();

        /** Stops a job asked to be cancelled (possibly on another replica). */
        boolean cancel(UUID id);

        /** Stops a job this replica lost its lease on, without storing anything more of it. */
        void abandon(UUID id);
    }

    private final Logger log = Logger.getLogger(getClass());
    private final String jobName;
    private final String stoppedReason;
    private final Replica replica;
    private final Store<R> store;
    private final Runner runner;
    private final EventHub<?> events;
    private final Scheduler scheduler;

    /**
     * @param jobName what a job is called in the log ("plan"), also naming the scheduled job
     * @param stoppedReason the failure reason of a job whose replica stopped
     */
    protected Leases(String jobName, String stoppedReason, Replica replica, Store<R> store, Runner runner,
            EventHub<?> events, Scheduler scheduler) {
        this.jobName = jobName;
        this.stoppedReason = stoppedReason;
        this.replica = replica;
        this.store = store;
        this.runner = runner;
        this.events = events;
        this.scheduler = scheduler;
    }

    /**
     * Renews the leases of the jobs this replica runs, storing their progress; answers those it
     * lost and those asked to be cancelled ({@link Renewal#NONE} when it runs none).
     */
    protected abstract Renewal renewLeases(String owner, int leaseSeconds);

    /** Publishes a job solved by another replica, as stored, to this replica's streams of it. */
    protected abstract void relay(R job);

    /** This replica's name, recorded as the owner of the jobs it accepts. */
    public String owner() {
        return replica.owner();
    }

    public int leaseSeconds() {
        return replica.leaseSeconds();
    }

    /** At startup: recovers what an earlier run left, then renews, sweeps and relays on a schedule. */
    protected void start() {
        log.infof("Replica %s: %s leases of %d s, renewed every %d s", owner(), jobName, leaseSeconds(),
                replica.renewIntervalSeconds());
        recoverAtStartup();
        scheduler.newJob(jobName.replace(' ', '-') + "-leases").setInterval(replica.renewIntervalSeconds() + "s")
                .setConcurrentExecution(ConcurrentExecution.SKIP).setTask(execution -> tick()).schedule();
    }

    /**
     * Fails the active jobs left by an earlier run under this replica's name (a restarted pod keeps
     * its name) at once, and those of any replica whose lease ran out. Only at startup: later, this
     * replica's own active jobs are running.
     */
    public void recoverAtStartup() {
        report(store.failOwnedBy(owner(), stoppedReason), "left by an earlier run of this replica");
        sweep();
    }

    /** Jobs this replica solves end with it: fail them now rather than when their leases run out. */
    protected void stop() {
        try {
            report(store.failOwnedBy(owner(), stoppedReason), "interrupted by this replica stopping");
        } catch (RuntimeException e) {
            log.warnf("Could not fail this replica's %ss at shutdown (their leases will expire): %s", jobName,
                    e.getMessage());
        }
    }

    /** One round: renew, sweep, relay. A failing round is logged and retried at the next one. */
    public void tick() {
        try {
            renew();
            sweep();
            relay();
        } catch (RuntimeException e) {
            log.warnf(e, "The %s lease round failed; retrying in %d s", jobName, replica.renewIntervalSeconds());
        }
    }

    /**
     * Extends the leases of the jobs this replica runs, stops those asked to be cancelled
     * elsewhere, and stops those it lost (failed by a sweep after a stall).
     */
    public void renew() {
        Renewal renewal = renewLeases(owner(), leaseSeconds());
        renewal.lost().forEach(runner::abandon);
        renewal.cancelRequested().forEach(runner::cancel);
    }

    /** Fails every active job whose lease ran out, whichever replica owned it; answers how many. */
    public int sweep() {
        int failed = store.failExpired(stoppedReason);
        report(failed, "whose replica stopped renewing their lease");
        return failed;
    }

    /** Feeds this replica's event streams of jobs solved by other replicas from the stored rows. */
    void relay() {
        Set<UUID> remote = new HashSet<>(events.followed());
        remote.removeAll(runner.running());
        if (!remote.isEmpty()) {
            store.load(remote).forEach(this::relay);
        }
    }

    private void report(int failed, String why) {
        if (failed > 0) {
            log.warnf("Marked %d %s(s) FAILED %s", failed, jobName, why);
        }
    }
}
