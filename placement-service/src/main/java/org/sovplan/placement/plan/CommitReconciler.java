package org.sovplan.placement.plan;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.replica.Replica;

import io.quarkus.scheduler.Scheduled;

/**
 * Finishes what nobody else will: on a schedule, every replica looks for unfinished commits that
 * no runner holds a lease on, takes one over with a conditional update (so with several replicas
 * exactly one works on each), and carries it on from its persisted steps. A commit left
 * COMMITTING longer than {@code sovplan.placement.commits.abandon-after} (its planner never
 * retried) is undone, which releases the reservations of a plan that never committed; an
 * undo or a release cut short by an outage is retried until capacity-service answers.
 */
@ApplicationScoped
public class CommitReconciler {

    private static final Logger LOG = Logger.getLogger(CommitReconciler.class);

    private final CommitLedger ledger;
    private final CommitSaga saga;
    private final Replica replica;
    private final Duration abandonAfter;

    public CommitReconciler(CommitLedger ledger, CommitSaga saga, Replica replica,
            PlacementConfig config) {
        this.ledger = ledger;
        this.saga = saga;
        this.replica = replica;
        this.abandonAfter = config.commits().abandonAfter();
    }

    // "off" (as in the test profile) never schedules it.
    @Scheduled(every = "${sovplan.placement.commits.reconcile-interval:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            reconcile(abandonAfter);
        } catch (RuntimeException e) {
            LOG.warnf("Commit reconciliation failed; retrying at the next round: %s", e.getMessage());
        }
    }

    /**
     * One round: carries on every stale commit, treating COMMITTING ones untouched for
     * {@code abandonAfter} as abandoned; answers how many were finished.
     */
    public int reconcile(Duration abandonAfter) {
        List<UUID> stale = ledger.stale(abandonAfter);
        int finished = 0;
        for (UUID planId : stale) {
            String runner = runner(replica.owner());
            try {
                Optional<CommitState> state = ledger.takeOver(planId, runner, abandonAfter, "abandoned: not finished within "
                        + abandonAfter.toMinutes() + " min and not retried; everything it had done is undone");
                if (state.isEmpty()) {
                    continue;
                }
                switch (state.get()) {
                    case ABORTING -> saga.compensate(planId, runner);
                    case RELEASING -> saga.release(planId, runner);
                    default -> {
                        continue;
                    }
                }
                finished++;
                LOG.infof("Reconciled the commit of plan %s (%s)", planId, state.get());
            } catch (RuntimeException e) {
                LOG.warnf("Could not reconcile the commit of plan %s yet: %s", planId, e.getMessage());
            } finally {
                ledger.unlease(planId, runner);
            }
        }
        return finished;
    }

    /** A name for one run of a saga: the replica, and the run (two runs on one replica never share a lease). */
    static String runner(String replicaId) {
        String base = replicaId.length() > 200 ? replicaId.substring(0, 200) : replicaId;
        return base + "/" + UUID.randomUUID();
    }
}
