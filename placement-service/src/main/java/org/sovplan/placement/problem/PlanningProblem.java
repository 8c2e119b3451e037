package org.sovplan.placement.problem;

import java.time.LocalDate;
import java.util.List;

/** Everything a plan is computed from, in plain objects: no database, no HTTP. */
public record PlanningProblem(List<WorkloadDemand> workloads, PlanningInputs inputs, Weights weights,
        LocalDate horizonDate) {
}
