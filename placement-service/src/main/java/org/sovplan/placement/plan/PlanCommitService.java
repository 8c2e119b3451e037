package org.sovplan.placement.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.sovplan.common.problem.ApiException;
import org.sovplan.common.security.RegionScope;
import org.sovplan.placement.client.CapacityClient;
import org.sovplan.placement.client.CapacityClient.ReservationOutcome;
import org.sovplan.placement.client.CapacityViews.ReservationRequest;
import org.sovplan.placement.client.Dependencies;
import org.sovplan.placement.result.PlanResult;

/**
 * Commits a plan: reserves each assignment's GPUs in capacity-service, as a saga. Each
 * reservation carries an Idempotency-Key derived from plan, attempt and workload, so a retried
 * call answers the same reservation. If reservation k fails, reservations 1..k-1 are released
 * (compensation), the attempt counter moves on, and the answer is 409 (capacity refused) or 503.
 * A committed plan answers its recorded reservations again.
 */
@ApplicationScoped
public class PlanCommitService {

    private static final Logger LOG = Logger.getLogger(PlanCommitService.class);

    private final PlanService plans;
    private final PlanRepository repository;
    private final CapacityClient capacity;
    private final RegionScope scope;

    public PlanCommitService(PlanService plans, PlanRepository repository, CapacityClient capacity, RegionScope scope) {
        this.plans = plans;
        this.repository = repository;
        this.capacity = capacity;
        this.scope = scope;
    }

    public PlanDto.Commit commit(UUID id) {
        Plan plan = plans.find(id);
        plan.regionCodes.forEach(scope::requireWrite);
        if (plan.reservations != null) {
            return committed(plan);
        }
        if (plan.result == null || (plan.status != PlanStatus.COMPLETED && plan.status != PlanStatus.CANCELLED)) {
            throw ApiException.conflict("plan " + id + " is " + plan.status + "; only a plan with a result can be committed");
        }
        PlanResult result = plans.read(plan.result, PlanResult.class);
        List<PlanDto.Reservation> made = new ArrayList<>();
        for (PlanResult.Assignment a : result.assignments()) {
            String key = "plan-" + id + "-a" + plan.commitAttempts + "-workload-" + a.workloadId();
            ReservationOutcome outcome;
            try {
                outcome = capacity.reserve(key, new ReservationRequest(a.siteId(), a.acceleratorModel(), a.gpus(),
                        a.itMw(), "plan/" + id + "/workload/" + a.workloadId()));
            } catch (RuntimeException e) {
                throw compensate(id, made, Dependencies.unavailable("capacity-service", e));
            }
            if (!outcome.isReserved()) {
                throw compensate(id, made, ApiException.conflict("capacity-service refused " + a.gpus() + " "
                        + a.acceleratorModel() + " at " + a.siteName() + " for " + a.workloadName() + " (HTTP "
                        + outcome.refusedStatus() + "); capacity changed since the plan was made: run it again"));
            }
            made.add(new PlanDto.Reservation(a.workloadId(), outcome.reservation().id(), a.siteId(),
                    a.acceleratorModel(), a.gpus(), a.itMw(), key));
        }
        return record(id, made);
    }

    private ApiException compensate(UUID id, List<PlanDto.Reservation> made, ApiException failure) {
        List<UUID> unreleased = new ArrayList<>();
        for (PlanDto.Reservation r : made) {
            try {
                capacity.release(r.reservationId());
            } catch (RuntimeException e) {
                LOG.warnf("Could not release reservation %s of plan %s: %s", r.reservationId(), id,
                        Dependencies.describe(e));
                unreleased.add(r.reservationId());
            }
        }
        nextAttempt(id);
        String released = made.isEmpty() ? "" : "; released the " + (made.size() - unreleased.size())
                + " reservation(s) made before it";
        String stuck = unreleased.isEmpty() ? "" : "; could not release " + unreleased + ", release them by hand";
        return new ApiException(failure.status(), failure.type(), failure.title(), failure.getMessage() + released + stuck);
    }

    @Transactional
    void nextAttempt(UUID id) {
        Plan plan = repository.findById(id);
        plan.commitAttempts++;
    }

    @Transactional
    PlanDto.Commit record(UUID id, List<PlanDto.Reservation> made) {
        Plan plan = repository.findById(id);
        if (plan.reservations == null) {
            plan.reservations = plans.write(made);
            plan.committedAt = Instant.now();
            repository.flush();
        }
        return committed(plan);
    }

    private PlanDto.Commit committed(Plan plan) {
        return new PlanDto.Commit(plan.id, plan.committedAt,
                plans.reservations(plan.reservations));
    }
}
