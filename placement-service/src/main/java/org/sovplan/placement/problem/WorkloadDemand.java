package org.sovplan.placement.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sovplan.placement.sizing.WorkloadSpec;
import org.sovplan.placement.workload.Workload;

/** A workload as a plan needs it: sizing inputs and placement rules, detached from persistence. */
public record WorkloadDemand(UUID id, String name, String regionCode, WorkloadSpec spec, int priority,
        int minSovereigntyLevel, Set<String> allowedJurisdictions, Set<String> allowedModels, String userRegionCode,
        Double maxLatencyMs, Double maxCarbonGPerKwh, LocalDate startDate) {

    public static WorkloadDemand of(Workload w) {
        return new WorkloadDemand(w.id, w.name, w.regionCode, WorkloadSpec.of(w), w.priority, w.minSovereigntyLevel,
                Set.copyOf(w.allowedJurisdictions), Set.copyOf(w.allowedAcceleratorModels), w.userRegionCode,
                w.maxLatencyMs, w.maxCarbonGPerKwh, w.startDate);
    }

    /** The day the workload must be running: its start date, else the plan's horizon. */
    public LocalDate neededBy(LocalDate horizon) {
        return startDate != null ? startDate : horizon;
    }

    /** Where a new site for it would go: its first allowed jurisdiction, else its own country. */
    public String homeJurisdiction() {
        return allowedJurisdictions.isEmpty() ? regionCode.substring(0, 2)
                : List.copyOf(allowedJurisdictions).stream().sorted().findFirst().orElseThrow();
    }
}
