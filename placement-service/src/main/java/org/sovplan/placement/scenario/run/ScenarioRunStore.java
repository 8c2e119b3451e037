package org.sovplan.placement.scenario.run;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sovplan.placement.replica.Leases;
import org.sovplan.placement.replica.Renewal;
import org.sovplan.placement.scenario.model.ScenarioResult;

/** The state changes of runs, each in its own transaction (callers are solver and scheduler threads). */
@ApplicationScoped
public class ScenarioRunStore implements Leases.Store<ScenarioRun> {

    private final ScenarioRunRepository runs;

    public ScenarioRunStore(ScenarioRunRepository runs) {
        this.runs = runs;
    }

    @Transactional
    public void save(ScenarioRun run, int leaseSeconds) {
        run.leaseUntil = Instant.now().plusSeconds(leaseSeconds);
        runs.persist(run);
        runs.flush();
        runs.extendLease(run.id, run.owner, leaseSeconds, null);
    }

    @Transactional
    public void markSolving(UUID id) {
        ScenarioRun run = runs.findById(id);
        if (run != null && run.status == RunStatus.QUEUED) {
            run.status = RunStatus.SOLVING;
            run.startedAt = Instant.now();
        }
    }

    /** Ends an active run with its status, result (may be null) and reason (may be null). */
    @Transactional
    public void finish(UUID id, RunStatus status, ScenarioResult result, long elapsedMs, String reason) {
        ScenarioRun run = runs.findById(id);
        if (run != null && run.status.isActive()) {
            run.status = status;
            run.result = result;
            run.elapsedMs = elapsedMs;
            run.failureReason = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
            run.finishedAt = Instant.now();
        }
    }

    @Transactional
    public boolean requestCancel(UUID id) {
        return runs.requestCancel(id) > 0;
    }

    /** Renews the leases of this owner's runs; answers those it lost and those asked to be cancelled. */
    @Transactional
    public Renewal renew(String owner, Map<UUID, Long> elapsedMs, int leaseSeconds) {
        return Renewal.of(elapsedMs, (id, elapsed) -> runs.extendLease(id, owner, leaseSeconds, elapsed) > 0,
                kept -> runs.cancelRequested(owner, kept));
    }

    @Override
    @Transactional
    public int failExpired(String reason) {
        return runs.failExpired(reason);
    }

    @Override
    @Transactional
    public int failOwnedBy(String owner, String reason) {
        return runs.failOwnedBy(owner, reason);
    }

    @Transactional
    public ScenarioRun read(UUID id) {
        return runs.findById(id);
    }

    @Override
    @Transactional
    public List<ScenarioRun> load(Collection<UUID> ids) {
        return runs.list("id in ?1", ids);
    }
}
