package org.sovplan.placement.plan;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sovplan.placement.replica.Leases;
import org.sovplan.placement.replica.Renewal;
import org.sovplan.placement.result.PlanResult;

/**
 * The state changes of a plan, each in its own transaction (callers are solver and scheduler
 * threads), including the lease statements of {@link PlanLeases}.
 */
@ApplicationScoped
public class PlanStore implements Leases.Store<Plan> {

    private final PlanRepository plans;

    public PlanStore(PlanRepository plans) {
        this.plans = plans;
    }

    /** Stores a new plan of {@code plan.owner} with a lease of {@code leaseSeconds} from the database clock. */
    @Transactional
    public void save(Plan plan, int leaseSeconds) {
        plan.leaseUntil = Instant.now().plusSeconds(leaseSeconds);
        plans.persist(plan);
        plans.flush();
        plans.extendLease(plan.id, plan.owner, leaseSeconds, null, null);
    }

    @Transactional
    public void markSolving(UUID id) {
        Plan plan = plans.findById(id);
        if (plan != null && plan.status == PlanStatus.QUEUED) {
            plan.status = PlanStatus.SOLVING;
            plan.startedAt = Instant.now();
        }
    }

    @Transactional
    public void finish(UUID id, PlanStatus status, String score, long elapsedMs, PlanResult result) {
        Plan plan = plans.findById(id);
        if (plan != null && plan.status.isActive()) {
            plan.status = status;
            plan.bestScore = score;
            plan.elapsedMs = elapsedMs;
            plan.result = result;
            plan.finishedAt = Instant.now();
        }
    }

    @Transactional
    public void fail(UUID id, PlanStatus status, String reason) {
        Plan plan = plans.findById(id);
        if (plan != null && plan.status.isActive()) {
            plan.status = status;
            plan.failureReason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
            plan.finishedAt = Instant.now();
        }
    }

    /** Records a cancel request; false when the plan is no longer active. */
    @Transactional
    public boolean requestCancel(UUID id) {
        return plans.requestCancel(id) > 0;
    }

    /**
     * Renews the leases of the plans {@code owner} runs, with their progress, and answers which of
     * them it lost (no longer its active plans) and which were asked to be cancelled.
     */
    @Transactional
    public Renewal renew(String owner, Map<UUID, PlanDto.Progress> running, int leaseSeconds) {
        return Renewal.of(running, (id, progress) -> plans.extendLease(id, owner, leaseSeconds, progress.bestScore(),
                progress.elapsedMs()) > 0, kept -> plans.cancelRequested(owner, kept));
    }

    @Override
    @Transactional
    public int failExpired(String reason) {
        return plans.failExpired(reason);
    }

    @Override
    @Transactional
    public int failOwnedBy(String owner, String reason) {
        return plans.failOwnedBy(owner, reason);
    }

    /** The plan as stored now, bypassing the request's persistence context (which native updates leave stale). */
    @Transactional
    public Plan read(UUID id) {
        return plans.findById(id);
    }

    /** The stored state of some plans, e.g. those solved by other replicas that local streams follow. */
    @Override
    @Transactional
    public List<Plan> load(Collection<UUID> ids) {
        return plans.list("id in ?1", ids);
    }
}
