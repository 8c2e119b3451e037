package org.sovplan.placement.plan;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Queries of commits and their steps. Leases are single SQL updates on the database clock, as
 * for plans (see {@link PlanRepository}), so that two replicas never both work on one commit.
 */
@ApplicationScoped
public class PlanCommitRepository implements PanacheRepositoryBase<PlanCommit, UUID> {

    /** Arbitrary, fixed: the advisory lock under which commits and releases start. */
    private static final long SAGA_START_LOCK = 0x50_4C_41_4E_43_4D_54L;
    private static final List<CommitState> UNFINISHED = List.of(CommitState.COMMITTING, CommitState.ABORTING,
            CommitState.RELEASING);
    private static final List<CommitState> HOLDING = List.of(CommitState.COMMITTED, CommitState.RELEASING);

    /**
     * Serialises the start of commits and releases (until the transaction ends), so that two of
     * them over one workload never both see it free. Starts are short; the sagas themselves run
     * outside this lock.
     */
    public void lockSagaStarts() {
        getEntityManager().createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:key) AS text)")
                .setParameter("key", SAGA_START_LOCK).getSingleResult();
    }

    /** The reservations committed plans hold now for these workloads (one per workload at most). */
    public List<PlanCommitStep> holdings(Collection<UUID> workloadIds) {
        if (workloadIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                select s from PlanCommitStep s join fetch s.commit c
                where s.workloadId in :ids and s.kind = :kind and s.state = :state and c.state in :holding""",
                PlanCommitStep.class)
                .setParameter("ids", workloadIds).setParameter("kind", PlanCommitStep.Kind.RESERVE)
                .setParameter("state", PlanCommitStep.State.DONE).setParameter("holding", HOLDING).getResultList();
    }

    /** Plans other than {@code planId} whose unfinished commit or release involves one of these workloads. */
    public List<UUID> busyWith(Collection<UUID> workloadIds, UUID planId) {
        if (workloadIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                select distinct s.commit.planId from PlanCommitStep s
                where s.workloadId in :ids and s.commit.state in :unfinished and s.commit.planId <> :plan""",
                UUID.class)
                .setParameter("ids", workloadIds).setParameter("unfinished", UNFINISHED).setParameter("plan", planId)
                .getResultList();
    }

    /**
     * Makes {@code runner} the one working on the commit for {@code leaseSeconds}, unless another
     * runner's lease is still running; answers whether it did.
     */
    public boolean acquire(UUID planId, String runner, int leaseSeconds) {
        return getEntityManager().createNativeQuery("""
                UPDATE plan_commit SET owner = :runner, lease_until = now() + :seconds * interval '1 second'
                WHERE plan_id = :id AND (lease_until IS NULL OR lease_until < now() OR owner = :runner)""")
                .setParameter("runner", runner).setParameter("seconds", leaseSeconds).setParameter("id", planId)
                .executeUpdate() > 0;
    }

    /** Gives the commit's lease back; nothing happens when {@code runner} no longer holds it. */
    public void unlease(UUID planId, String runner) {
        getEntityManager().createNativeQuery("""
                UPDATE plan_commit SET lease_until = NULL WHERE plan_id = :id AND owner = :runner""")
                .setParameter("id", planId).setParameter("runner", runner).executeUpdate();
    }

    /**
     * Unfinished commits nobody works on: aborting or releasing ones with no running lease, and
     * committing ones untouched for longer than {@code abandonAfter}.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> stale(Duration abandonAfter) {
        return getEntityManager().createNativeQuery("""
                SELECT plan_id FROM plan_commit
                WHERE state IN ('COMMITTING', 'ABORTING', 'RELEASING')
                  AND (lease_until IS NULL OR lease_until < now())
                  AND (state <> 'COMMITTING' OR updated_at < now() - :seconds * interval '1 second')
                ORDER BY updated_at""", UUID.class)
                .setParameter("seconds", abandonAfter.toSeconds()).getResultList();
    }
}
