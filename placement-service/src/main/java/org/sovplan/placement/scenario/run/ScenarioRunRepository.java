package org.sovplan.placement.scenario.run;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * Queries of scenario runs. Lease statements are single UPDATEs timed by the database clock, as
 * those of plans: replicas with skewed clocks agree on when a lease ends.
 */
@ApplicationScoped
public class ScenarioRunRepository implements PanacheRepositoryBase<ScenarioRun, UUID> {

    private static final String ACTIVE = "status IN ('QUEUED', 'SOLVING')";

    public PanacheQuery<ScenarioRun> ofScenario(UUID scenarioId) {
        return find("scenarioId", Sort.by("createdAt").and("id"), scenarioId);
    }

    /** The newest completed (or cancelled with a result) run of a scenario. */
    public java.util.Optional<ScenarioRun> latestWithResult(UUID scenarioId) {
        return find("scenarioId = ?1 and result is not null", Sort.by("finishedAt", Sort.Direction.Descending), scenarioId)
                .firstResultOptional();
    }

    public int extendLease(UUID id, String owner, int leaseSeconds, Long elapsedMs) {
        return getEntityManager().createNativeQuery("""
                UPDATE scenario_run SET lease_until = now() + :seconds * interval '1 second',
                    elapsed_ms = COALESCE(CAST(:elapsed AS bigint), elapsed_ms)
                WHERE id = :id AND owner = :owner AND\s""" + ACTIVE)
                .setParameter("seconds", leaseSeconds).setParameter("elapsed", elapsedMs).setParameter("id", id)
                .setParameter("owner", owner).executeUpdate();
    }

    public int failExpired(String reason) {
        return getEntityManager().createNativeQuery("""
                UPDATE scenario_run SET status = 'FAILED', failure_reason = :reason, finished_at = now(), version = version + 1
                WHERE lease_until < now() AND\s""" + ACTIVE)
                .setParameter("reason", reason).executeUpdate();
    }

    public int failOwnedBy(String owner, String reason) {
        return getEntityManager().createNativeQuery("""
                UPDATE scenario_run SET status = 'FAILED', failure_reason = :reason, finished_at = now(), version = version + 1
                WHERE owner = :owner AND\s""" + ACTIVE)
                .setParameter("reason", reason).setParameter("owner", owner).executeUpdate();
    }

    public int requestCancel(UUID id) {
        return getEntityManager().createNativeQuery("""
                UPDATE scenario_run SET cancel_requested_at = COALESCE(cancel_requested_at, now())
                WHERE id = :id AND\s""" + ACTIVE)
                .setParameter("id", id).executeUpdate();
    }

    public List<UUID> cancelRequested(String owner, Collection<UUID> ids) {
        return find("id in ?1 and owner = ?2 and cancelRequestedAt is not null and status in ?3", ids, owner,
                List.of(RunStatus.QUEUED, RunStatus.SOLVING)).stream().map(r -> r.id).toList();
    }
}
