package org.sovplan.placement.plan;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sovplan.common.domain.Conflict;
import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.plan.PlanCommitStep.Kind;
import org.sovplan.placement.plan.PlanCommitStep.State;
import org.sovplan.placement.result.PlanResult;

/**
 * The persisted state of commits, each change in its own transaction, written before the saga
 * moves on: a step is recorded before its call, and its outcome before the next one. Every write
 * by a runner renews the runner's lease and fails if another runner took the commit over.
 */
@ApplicationScoped
public class CommitLedger {

    /** A step as the saga reads it (a copy: the saga calls capacity-service outside transactions). */
    public record Step(UUID id, int seq, Kind kind, UUID workloadId, UUID siteId, String modelCode, int gpus,
            BigDecimal itMw, String reference, String idempotencyKey, UUID reservationId, UUID fromPlanId,
            UUID fromStepId, State state) {

        static Step of(PlanCommitStep s) {
            return new Step(s.id, s.seq, s.kind, s.workloadId, s.siteId, s.modelCode, s.gpus, s.itMw, s.reference,
                    s.idempotencyKey, s.reservationId, s.fromPlanId, s.fromStepId, s.state);
        }
    }

    /** What starting (or resuming) a commit or release found: the state, and whether this runner may work on it. */
    public record Start(CommitState state, boolean acquired) {
    }

    private final PlanCommitRepository commits;
    private final PlanRepository plans;
    private final int leaseSeconds;

    public CommitLedger(PlanCommitRepository commits, PlanRepository plans, PlacementConfig config) {
        this.commits = commits;
        this.plans = plans;
        this.leaseSeconds = config.commits().leaseSeconds();
    }

    /**
     * Starts the plan's commit, or finds the one under way. A new commit (none yet, or the last one
     * aborted) writes all its steps now, with their keys: first the releases of moved workloads'
     * old reservations, then one reservation per assignment. Refused when a workload is held by a
     * plan committed after this one was made, or is part of another unfinished commit or release.
     */
    @Transactional
    public Start beginCommit(UUID planId, String requestedBy, String runner) {
        commits.lockSagaStarts();
        Plan plan = plans.findById(planId);
        PlanCommit commit = commits.findById(planId);
        if (commit == null || commit.state == CommitState.ABORTED) {
            if (plan.result == null || (plan.status != PlanStatus.COMPLETED && plan.status != PlanStatus.CANCELLED)) {
                throw new Conflict("plan " + planId + " is " + plan.status
                        + "; only a plan with a result can be committed");
            }
            if (commit != null) {
                commits.delete(commit);
                commits.flush();
            }
            commit = newCommit(plan, requestedBy);
            commits.persist(commit);
            commits.flush();
        }
        return new Start(commit.state, commit.state.isUnfinished() && commits.acquire(planId, runner, leaseSeconds));
    }

    /**
     * Starts releasing a plan's reservations, or finds the release (or the undoing of an unfinished
     * commit) under way. An unfinished commit is undone rather than finished.
     */
    @Transactional
    public Start beginRelease(UUID planId, String releasedBy, String runner) {
        commits.lockSagaStarts();
        PlanCommit commit = commits.findById(planId);
        if (commit == null || commit.state == CommitState.ABORTED) {
            throw new Conflict("plan " + planId + " holds no reservations: it was never committed"
                    + (commit == null ? "" : ", or its commit was undone"));
        }
        if (commit.state == CommitState.RELEASED) {
            return new Start(commit.state, false);
        }
        if (!commits.acquire(planId, runner, leaseSeconds)) {
            throw new Conflict("plan " + planId + " is being committed or released right now; try again shortly");
        }
        if (commit.state == CommitState.COMMITTED || commit.state == CommitState.COMMITTING) {
            List<UUID> held = commit.steps.stream().filter(s -> s.kind == Kind.RESERVE).map(s -> s.workloadId).toList();
            List<UUID> busy = commits.busyWith(held, planId);
            if (!busy.isEmpty()) {
                throw new Conflict("plans " + busy + " are moving workloads of plan " + planId
                        + " right now; release it once they are done");
            }
            commit.releasedBy = releasedBy;
            commit.updatedAt = Instant.now();
            if (commit.state == CommitState.COMMITTED) {
                commit.state = CommitState.RELEASING;
            } else {
                commit.state = CommitState.ABORTING;
                commit.failure = "released by " + releasedBy + " before the commit finished";
            }
        }
        return new Start(commit.state, true);
    }

    /** Takes over a commit nobody works on, for the reconciler; an abandoned COMMITTING one is set ABORTING. */
    @Transactional
    public Optional<CommitState> takeOver(UUID planId, String runner, Duration abandonAfter, String abandonedBecause) {
        if (!commits.acquire(planId, runner, leaseSeconds)) {
            return Optional.empty();
        }
        PlanCommit commit = commits.findById(planId);
        if (commit.state == CommitState.COMMITTING) {
            if (commit.updatedAt.isAfter(Instant.now().minus(abandonAfter))) {
                return Optional.empty();
            }
            commit.state = CommitState.ABORTING;
            commit.failure = abandonedBecause;
            commit.updatedAt = Instant.now();
        }
        return Optional.of(commit.state);
    }

    /** Unfinished commits nobody works on (see {@link PlanCommitRepository#stale}). */
    @Transactional
    public List<UUID> stale(Duration abandonAfter) {
        return commits.stale(abandonAfter);
    }

    @Transactional
    public List<Step> steps(UUID planId) {
        return commits.findById(planId).steps.stream().map(Step::of).toList();
    }

    @Transactional
    public Optional<PlanDto.Commit> view(UUID planId) {
        return commits.findByIdOptional(planId).map(CommitLedger::view);
    }

    /** Who asked for the plan's commit, if it has one. */
    @Transactional
    public Optional<String> requester(UUID planId) {
        return commits.findByIdOptional(planId).map(c -> c.requestedBy);
    }

    /** The reservations committed plans hold now for these workloads, by workload. */
    @Transactional
    public Map<UUID, PlanDto.Held> holdings(Collection<UUID> workloadIds, String disposition) {
        return commits.holdings(workloadIds).stream().collect(Collectors.toMap(s -> s.workloadId,
                s -> new PlanDto.Held(s.workloadId, s.commit.planId, s.reservationId, s.siteId, s.modelCode, s.gpus,
                        s.itMw, disposition), (a, b) -> a));
    }

    /** A RESERVE step got its reservation, or a RELEASE step released the old one. */
    @Transactional
    public void done(Step step, UUID reservationId, String runner) {
        PlanCommitStep s = step(step.id(), runner);
        s.state = State.DONE;
        s.reservationId = reservationId;
    }

    /** A step was compensated. */
    @Transactional
    public void undone(Step step, String runner) {
        step(step.id(), runner).state = State.UNDONE;
    }

    /**
     * A moved workload's old reservation was reserved again (as {@code restoredId}) while undoing
     * the move: the plan that held it holds the new one. Null {@code restoredId}: capacity was gone.
     */
    @Transactional
    public void restored(Step step, UUID restoredId, String runner) {
        step(step.id(), runner).state = State.UNDONE;
        PlanCommitStep held = commits.getEntityManager().find(PlanCommitStep.class, step.fromStepId());
        if (held != null) {
            if (restoredId != null) {
                held.reservationId = restoredId;
            } else {
                held.state = State.LOST;
                held.commit.failure = "the reservation of workload " + held.workloadId + " was released by a move "
                        + "that was undone, and capacity-service refused to reserve it again";
            }
        }
    }

    /** A committed plan's reservation was released with it. */
    @Transactional
    public void releasedStep(Step step, String runner) {
        step(step.id(), runner).state = State.RELEASED;
    }

    /** Every step is done: the commit holds its reservations, and the plans it moved workloads from no longer do. */
    @Transactional
    public void committed(UUID planId, String runner) {
        PlanCommit commit = renewed(planId, runner);
        commit.state = CommitState.COMMITTED;
        commit.committedAt = Instant.now();
        commit.failure = null;
        for (PlanCommitStep s : commit.steps) {
            if (s.kind == Kind.RELEASE && s.fromStepId != null) {
                PlanCommitStep moved = commits.getEntityManager().find(PlanCommitStep.class, s.fromStepId);
                if (moved != null && moved.state == State.DONE) {
                    moved.state = State.MOVED;
                }
            }
        }
        plans.findById(planId).committedAt = commit.committedAt;
    }

    /** The commit is to be undone, because of {@code failure}. */
    @Transactional
    public void aborting(UUID planId, String failure, String runner) {
        PlanCommit commit = renewed(planId, runner);
        commit.state = CommitState.ABORTING;
        commit.failure = failure.length() > 2000 ? failure.substring(0, 2000) : failure;
    }

    /** Everything the commit did is undone. */
    @Transactional
    public void aborted(UUID planId, String runner) {
        renewed(planId, runner).state = CommitState.ABORTED;
    }

    /** Every reservation of the plan is released. */
    @Transactional
    public void released(UUID planId, String runner) {
        PlanCommit commit = renewed(planId, runner);
        commit.state = CommitState.RELEASED;
        commit.releasedAt = Instant.now();
        plans.findById(planId).committedAt = null;
    }

    /** Gives the lease back, so a retry or the reconciler can go on at once. */
    @Transactional
    public void unlease(UUID planId, String runner) {
        commits.unlease(planId, runner);
    }

    private PlanCommitStep step(UUID stepId, String runner) {
        PlanCommitStep s = commits.getEntityManager().find(PlanCommitStep.class, stepId);
        renewed(s.commit.planId, runner);
        return s;
    }

    private PlanCommit renewed(UUID planId, String runner) {
        if (!commits.acquire(planId, runner, leaseSeconds)) {
            throw new Conflict("the commit of plan " + planId + " was taken over by another replica meanwhile");
        }
        PlanCommit commit = commits.findById(planId);
        commit.updatedAt = Instant.now();
        return commit;
    }

    private PlanCommit newCommit(Plan plan, String requestedBy) {
        PlanCommit commit = new PlanCommit();
        commit.planId = plan.id;
        commit.sagaId = UUID.randomUUID();
        commit.state = CommitState.COMMITTING;
        commit.requestedBy = requestedBy;
        commit.startedAt = Instant.now();
        commit.updatedAt = commit.startedAt;
        List<UUID> workloads = plan.result.assignments().stream().map(PlanResult.Assignment::workloadId).toList();
        List<UUID> busy = commits.busyWith(workloads, plan.id);
        if (!busy.isEmpty()) {
            throw new Conflict("plans " + busy + " are committing or releasing some of this plan's workloads right "
                    + "now; try again once they are done");
        }
        Map<UUID, PlanCommitStep> holders = commits.holdings(workloads).stream()
                .collect(Collectors.toMap(s -> s.workloadId, Function.identity(), (a, b) -> a));
        Map<UUID, PlanDto.Held> seen = plan.held == null ? Map.of()
                : plan.held.stream().collect(Collectors.toMap(PlanDto.Held::workloadId, Function.identity(), (a, b) -> a));
        List<PlanCommitStep> steps = new ArrayList<>();
        for (PlanResult.Assignment a : plan.result.assignments()) {
            PlanCommitStep holder = holders.get(a.workloadId());
            if (holder == null) {
                continue;
            }
            PlanDto.Held expected = seen.get(a.workloadId());
            if (expected == null || !expected.reservationId().equals(holder.reservationId)) {
                throw new Conflict("workload " + a.workloadName() + " holds reservations of plan "
                        + holder.commit.planId + ", committed after this plan was made; run the plan again");
            }
            steps.add(CommitSteps.release(commit, steps.size(), holder));
        }
        for (PlanResult.Assignment a : plan.result.assignments()) {
            steps.add(CommitSteps.reserve(commit, steps.size(), a));
        }
        commit.steps = steps;
        return commit;
    }

    private static PlanDto.Commit view(PlanCommit c) {
        return new PlanDto.Commit(c.planId, c.state.name(), c.requestedBy, c.startedAt, c.committedAt, c.releasedAt,
                c.releasedBy, c.failure, c.steps.stream().filter(s -> s.kind == Kind.RESERVE)
                        .map(PlanCommitStep::view).toList());
    }
}
