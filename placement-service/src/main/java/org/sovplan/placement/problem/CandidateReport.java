package org.sovplan.placement.problem;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sovplan.placement.sizing.SizingResult;
import org.sovplan.placement.solver.Candidate;
import org.sovplan.placement.solver.PlacementRule;
import org.sovplan.placement.solver.WorkloadFacts;

/**
 * What candidate filtering found for one workload: the options kept for the solver, the options
 * that pass every rule but are too small even alone (for shortfalls), and how many options each
 * rule rejected (for explanations).
 *
 * @param facts what the placement rules read of the workload
 * @param sizings sizing of the workload on each catalogue model (at PUE 1), by model code
 * @param closestLatencyMs smallest modelled latency among options rejected for latency, null if none
 * @param newBuild the sizing on the model a new build would use: an allowed model of a suitable class
 *        needing the least IT power, then the cheapest hardware; null when the catalogue has none
 */
public record CandidateReport(WorkloadDemand workload, WorkloadFacts facts, List<Candidate> candidates,
        List<Candidate> tooSmall, EnumMap<PlacementRule, Integer> rejections, Map<String, SizingResult> sizings,
        int optionCount, Double closestLatencyMs, SizingResult newBuild) {

    public boolean hasCandidates() {
        return !candidates.isEmpty();
    }
}
