package org.sovplan.placement.solver;

import java.time.LocalDate;
import java.util.Set;

import org.sovplan.placement.workload.WorkloadType;

/**
 * What the placement rules read of a workload, fixed for a plan.
 *
 * @param replicaMemoryGb memory one inference replica needs (weights + KV cache), GB; null for training
 * @param needsTrainingClass training or fine-tuning at or above the documented size: training-class parts only
 * @param neededBy the day it must run: its start date, else the plan's horizon
 */
public record WorkloadFacts(WorkloadType type, int minSovereigntyLevel, Set<String> allowedJurisdictions,
        Set<String> allowedModels, Double maxLatencyMs, Double maxCarbonGPerKwh, LocalDate neededBy,
        Double replicaMemoryGb, boolean needsTrainingClass) {

    public WorkloadFacts {
        allowedJurisdictions = Set.copyOf(allowedJurisdictions);
        allowedModels = Set.copyOf(allowedModels);
    }

    /** Latency bounds serving: a training run has no users waiting, so its bound does not apply. */
    public boolean latencyBound() {
        return maxLatencyMs != null && !type.isTraining();
    }
}
