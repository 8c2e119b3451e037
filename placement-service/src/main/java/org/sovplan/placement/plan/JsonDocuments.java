package org.sovplan.placement.plan;

import org.sovplan.placement.problem.Weights;
import org.sovplan.placement.result.PlanResult;
import org.sovplan.placement.workload.WorkloadType;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The types this service turns into JSON, or reads back, with its own ObjectMapper rather than
 * through a JAX-RS method signature: the documents stored in the plan's JSONB columns
 * ({@code request}, {@code result}, {@code reservations}). Jackson reaches records by reflection
 * (accessors, canonical constructor), which a native image keeps only for registered classes.
 * Quarkus REST registers the types of resource method signatures itself (that some of these also
 * appear there is not relied on), and Timefold's extension registers the solver domain; see
 * docs/placement-service.md, "Native image".
 */
@RegisterForReflection(targets = {
        // plan.result
        PlanResult.class, PlanResult.Assignment.class, PlanResult.Unplaced.class, PlanResult.Blocker.class,
        PlanResult.Shortfall.class, PlanResult.InvestmentOption.class, PlanResult.Totals.class,
        PlanResult.ConstraintScore.class, PlanResult.LateStart.class, PlanResult.Assumption.class, PlanResult.Basis.class,
        // plan.request, read back by the report
        PlanDto.CreateRequest.class, PlanDto.Selector.class, WorkloadType.class, Weights.class,
        // plan.reservations
        PlanDto.Reservation.class })
final class JsonDocuments {

    private JsonDocuments() {
    }
}
