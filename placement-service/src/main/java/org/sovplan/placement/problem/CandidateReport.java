package org.sovplan.placement.problem;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sovplan.placement.sizing.SizingResult;
import org.sovplan.placement.solver.Candidate;

/**
 * What candidate filtering found for one workload: the options kept for the solver, the options
 * that pass every rule but are too small even alone (for shortfalls), and how many options each
 * rule rejected (for explanations).
 *
 * @param sizings sizing of the workload on each catalogue model, by model code
 * @param closestLatencyMs smallest modelled latency among options rejected for latency, null if none
 * @param newBuild the sizing on the model a new build would use: an allowed model needing the least IT power,
 *        then the cheapest hardware; null when no allowed model is in the catalogue
 */
public record CandidateReport(WorkloadDemand workload, List<Candidate> candidates, List<Candidate> tooSmall,
        EnumMap<Rule, Integer> rejections, Map<String, SizingResult> sizings, int optionCount, Double closestLatencyMs,
        SizingResult newBuild) {

    public boolean hasCandidates() {
        return !candidates.isEmpty();
    }
}
