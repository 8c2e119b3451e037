package org.sovplan.placement.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.sovplan.common.domain.Conflict;
import org.sovplan.common.domain.DependencyUnavailable;
import org.sovplan.placement.client.CapacityClient;
import org.sovplan.placement.client.CapacityClient.ReservationOutcome;
import org.sovplan.placement.client.CapacityViews.ReservationView;
import org.sovplan.placement.client.Dependencies;
import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.plan.CommitLedger.Step;
import org.sovplan.placement.plan.PlanCommitStep.Kind;
import org.sovplan.placement.plan.PlanCommitStep.State;

/**
 * Runs a commit's persisted steps against capacity-service: forward (commit), backward
 * (compensate), or the release of a committed plan. Each step's outcome is recorded before the
 * next call, so a run that stops anywhere (capacity-service down, this replica gone) is carried
 * on by the next run from the ledger: a retry of the request, or the reconciler. Every call is
 * idempotent: reservations carry their step's key, releases of released reservations change
 * nothing, and a step whose answer was lost is looked up by its reference.
 */
@ApplicationScoped
public class CommitSaga {

    private static final Logger LOG = Logger.getLogger(CommitSaga.class);
    private static final String CAPACITY = "capacity-service";

    private final CommitLedger ledger;
    private final CapacityClient capacity;
    private final int retryAfterSeconds;

    public CommitSaga(CommitLedger ledger, CapacityClient capacity, PlacementConfig config) {
        this.ledger = ledger;
        this.capacity = capacity;
        this.retryAfterSeconds = config.commits().retryAfterSeconds();
    }

    /**
     * Does the commit's remaining steps and marks it COMMITTED. A refused reservation undoes the
     * commit and answers {@link Conflict}; an outage leaves it COMMITTING for a retry, answering
     * {@link DependencyUnavailable}.
     */
    public void forward(UUID planId, String runner) {
        for (Step step : ledger.steps(planId)) {
            if (step.state() != State.PENDING) {
                continue;
            }
            if (step.kind() == Kind.RELEASE) {
                call(() -> {
                    capacity.release(step.reservationId());
                    return null;
                }, "the commit stopped before moving workload " + step.workloadId() + "; it is kept: commit again to "
                        + "finish it, or release the plan to undo it");
                ledger.done(step, step.reservationId(), runner);
                continue;
            }
            ReservationOutcome outcome = call(() -> capacity.reserve(step.idempotencyKey(), CommitSteps.request(step)),
                    "the commit stopped before reserving for workload " + step.workloadId()
                            + "; it is kept: commit again to finish it, or release the plan to undo it");
            if (!outcome.isReserved()) {
                String refusal = "capacity-service refused " + step.gpus() + " " + step.modelCode() + " at site "
                        + step.siteId() + " for workload " + step.workloadId() + " (HTTP " + outcome.refusedStatus()
                        + "); capacity changed since the plan was made: run it again";
                ledger.aborting(planId, refusal, runner);
                compensate(planId, runner);
                throw new Conflict(refusal + ". Everything this commit had done is undone");
            }
            ledger.done(step, outcome.reservation().id(), runner);
        }
        ledger.committed(planId, runner);
    }

    /**
     * Undoes what the commit did, last step first: releases the reservations it made (also those
     * whose answer was lost, found by reference) and reserves moved workloads' old capacity again.
     * Stops with {@link DependencyUnavailable} while capacity-service is down; the commit stays
     * ABORTING, and the reconciler retries until it is done.
     */
    public void compensate(UUID planId, String runner) {
        List<Step> steps = new ArrayList<>(ledger.steps(planId));
        Collections.reverse(steps);
        String pending = "undoing the commit of plan " + planId + " is not finished; it is retried in the background";
        for (Step step : steps) {
            if (step.kind() == Kind.RESERVE && step.state() == State.DONE) {
                call(() -> {
                    capacity.release(step.reservationId());
                    return null;
                }, pending);
                ledger.undone(step, runner);
            } else if (step.kind() == Kind.RESERVE && step.state() == State.PENDING) {
                List<ReservationView> left = call(() -> capacity.activeReservations(step.reference()), pending);
                for (ReservationView r : left) {
                    call(() -> {
                        capacity.release(r.id());
                        return null;
                    }, pending);
                }
                ledger.undone(step, runner);
            } else if (step.kind() == Kind.RELEASE && (step.state() == State.DONE || step.state() == State.PENDING)) {
                restore(step, runner, pending);
            }
        }
        ledger.aborted(planId, runner);
    }

    /** Releases every reservation the committed plan holds (not those later plans moved away) and marks it RELEASED. */
    public void release(UUID planId, String runner) {
        String pending = "releasing plan " + planId + " is not finished; release it again, or leave it to the "
                + "background retry";
        for (Step step : ledger.steps(planId)) {
            if (step.kind() == Kind.RESERVE && step.state() == State.DONE) {
                call(() -> {
                    capacity.release(step.reservationId());
                    return null;
                }, pending);
                ledger.releasedStep(step, runner);
            }
        }
        ledger.released(planId, runner);
    }

    /** Undoes a moved workload's release: reserves its old capacity again under the step's restore key. */
    private void restore(Step step, String runner, String pending) {
        if (step.state() == State.PENDING) {
            Optional<ReservationView> old = call(() -> capacity.reservation(step.reservationId()), pending);
            if (old.isPresent() && "ACTIVE".equals(old.get().status())) {
                ledger.undone(step, runner);
                return;
            }
        }
        ReservationOutcome outcome = call(() -> capacity.reserve(step.idempotencyKey(), CommitSteps.request(step)),
                pending);
        if (!outcome.isReserved()) {
            LOG.warnf("Workload %s lost its reservation: undoing its move, capacity-service refused it again (HTTP %d)",
                    step.workloadId(), outcome.refusedStatus());
        }
        ledger.restored(step, outcome.isReserved() ? outcome.reservation().id() : null, runner);
    }

    private <T> T call(Supplier<T> call, String consequence) {
        try {
            return call.get();
        } catch (Conflict e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("Call to %s failed: %s", CAPACITY, Dependencies.describe(e));
            throw new DependencyUnavailable(CAPACITY, Dependencies.describe(e) + "; " + consequence, retryAfterSeconds,
                    e);
        }
    }
}
