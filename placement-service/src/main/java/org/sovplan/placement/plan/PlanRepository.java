package org.sovplan.placement.plan;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * Queries of plans. The lease statements are single SQL updates that take their time from the
 * database clock ({@code now()}), so replicas with skewed clocks agree on when a lease ends, and
 * two replicas running the same statement never fight: PostgreSQL re-checks the WHERE clause of
 * a row another transaction changed meanwhile.
 */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    private static final String ACTIVE = "status IN ('QUEUED', 'SOLVING')";
    private static final List<PlanStatus> ACTIVE_STATUSES = List.of(PlanStatus.QUEUED, PlanStatus.SOLVING);

    public PanacheQuery<Plan> search(PlanStatus status, Sort sort) {
        return status == null ? findAll(sort) : find("status", sort, status);
    }

    /**
     * Extends the lease of one active plan of {@code owner} to now + {@code leaseSeconds} and
     * records its progress (kept when null), so other replicas can show it. Answers 0 when the
     * plan is no longer this owner's active plan: it ended, or its lease expired and it was failed.
     */
    public int extendLease(UUID id, String owner, int leaseSeconds, String bestScore, Long elapsedMs) {
        return getEntityManager().createNativeQuery("""
                UPDATE plan SET lease_until = now() + :seconds * interval '1 second',
                    best_score = COALESCE(CAST(:score AS varchar), best_score),
                    elapsed_ms = COALESCE(CAST(:elapsed AS bigint), elapsed_ms)
                WHERE id = :id AND owner = :owner AND\s""" + ACTIVE)
                .setParameter("seconds", leaseSeconds).setParameter("score", bestScore)
                .setParameter("elapsed", elapsedMs).setParameter("id", id).setParameter("owner", owner)
                .executeUpdate();
    }

    /** Fails every active plan whose lease has run out, whoever owns it; answers how many. */
    public int failExpired(String reason) {
        return getEntityManager().createNativeQuery("""
                UPDATE plan SET status = 'FAILED', failure_reason = :reason, finished_at = now(), version = version + 1
                WHERE lease_until < now() AND\s""" + ACTIVE)
                .setParameter("reason", reason).executeUpdate();
    }

    /** Fails every active plan of {@code owner}, whose solving state is gone; answers how many. */
    public int failOwnedBy(String owner, String reason) {
        return getEntityManager().createNativeQuery("""
                UPDATE plan SET status = 'FAILED', failure_reason = :reason, finished_at = now(), version = version + 1
                WHERE owner = :owner AND\s""" + ACTIVE)
                .setParameter("reason", reason).setParameter("owner", owner).executeUpdate();
    }

    /** Records a cancel request on an active plan (the first one counts); 0 when the plan is not active. */
    public int requestCancel(UUID id) {
        return getEntityManager().createNativeQuery("""
                UPDATE plan SET cancel_requested_at = COALESCE(cancel_requested_at, now())
                WHERE id = :id AND\s""" + ACTIVE)
                .setParameter("id", id).executeUpdate();
    }

    /** The plans among {@code ids} of {@code owner} that are still active and asked to be cancelled. */
    public List<UUID> cancelRequested(String owner, Collection<UUID> ids) {
        return find("id in ?1 and owner = ?2 and cancelRequestedAt is not null and status in ?3", ids, owner,
                ACTIVE_STATUSES).stream().map(p -> p.id).toList();
    }
}
