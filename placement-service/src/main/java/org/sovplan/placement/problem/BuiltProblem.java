package org.sovplan.placement.problem;

import java.util.Map;
import java.util.UUID;

import org.sovplan.placement.solver.PlacementSolution;

/** A solver-ready problem together with what candidate filtering found per workload. */
public record BuiltProblem(PlacementSolution solution, Map<UUID, CandidateReport> reports, PlanningProblem problem) {
}
