package org.sovplan.placement.problem;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Everything a plan is computed from, in plain objects: no database, no HTTP.
 *
 * @param today the day the plan is made: lead times count from it, and start dates before it are late
 */
public record PlanningProblem(List<WorkloadDemand> workloads, PlanningInputs inputs, Weights weights,
        LocalDate horizonDate, LocalDate today) {

    /** A plan made today (UTC). */
    public PlanningProblem(List<WorkloadDemand> workloads, PlanningInputs inputs, Weights weights,
            LocalDate horizonDate) {
        this(workloads, inputs, weights, horizonDate, LocalDate.now(ZoneOffset.UTC));
    }
}
