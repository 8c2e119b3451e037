package org.sovplan.placement.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sovplan.placement.sizing.WorkloadSpec;
import org.sovplan.placement.workload.Precision;
import org.sovplan.placement.workload.Workload;

/**
 * A workload as a plan needs it: sizing inputs and placement rules, detached from persistence.
 *
 * @param substituteMinParamsBillion inference only: the smallest model variant (billions of parameters) the
 *        workload accepts instead, null when only the stated model will do
 * @param substitutePrecision inference only: the lowest precision it accepts (e.g. int4), null when only the stated one
 */
public record WorkloadDemand(UUID id, String name, String regionCode, WorkloadSpec spec, int priority,
        int minSovereigntyLevel, Set<String> allowedJurisdictions, Set<String> allowedModels, String userRegionCode,
        Double maxLatencyMs, Double maxCarbonGPerKwh, LocalDate startDate, Double substituteMinParamsBillion,
        Precision substitutePrecision) {

    /** A workload that accepts no substitute. */
    public WorkloadDemand(UUID id, String name, String regionCode, WorkloadSpec spec, int priority,
            int minSovereigntyLevel, Set<String> allowedJurisdictions, Set<String> allowedModels, String userRegionCode,
            Double maxLatencyMs, Double maxCarbonGPerKwh, LocalDate startDate) {
        this(id, name, regionCode, spec, priority, minSovereigntyLevel, allowedJurisdictions, allowedModels,
                userRegionCode, maxLatencyMs, maxCarbonGPerKwh, startDate, null, null);
    }

    public static WorkloadDemand of(Workload w) {
        return new WorkloadDemand(w.id, w.name, w.regionCode, WorkloadSpec.of(w), w.priority, w.minSovereigntyLevel,
                Set.copyOf(w.allowedJurisdictions), Set.copyOf(w.allowedAcceleratorModels), w.userRegionCode,
                w.maxLatencyMs, w.maxCarbonGPerKwh, w.startDate, w.substituteMinParamsBillion, w.substitutePrecision);
    }

    /** The day the workload must be running: its start date, else the plan's horizon. */
    public LocalDate neededBy(LocalDate horizon) {
        return startDate != null ? startDate : horizon;
    }

    /** Whether it names an acceptable smaller or more quantized variant. */
    public boolean acceptsSubstitute() {
        return !spec.type().isTraining() && (substituteMinParamsBillion != null || substitutePrecision != null);
    }

    /** The smallest acceptable variant's sizing inputs: fewest parameters, lowest precision accepted. */
    public WorkloadSpec substituteSpec() {
        double params = substituteMinParamsBillion != null ? Math.min(substituteMinParamsBillion, spec.paramsBillion())
                : spec.paramsBillion();
        Precision precision = substitutePrecision != null
                && substitutePrecision.bytesPerParam() < spec.precision().bytesPerParam() ? substitutePrecision
                        : spec.precision();
        return new WorkloadSpec(spec.type(), params, precision, spec.trainTokensBillion(), spec.targetDays(),
                spec.mfu(), spec.peakTokensPerSec());
    }

    /** The countries a new site for it may go to: its allowed jurisdictions, else its own country. */
    public Set<String> newSiteCountries() {
        return allowedJurisdictions.isEmpty() ? Set.of(regionCode.substring(0, 2)) : allowedJurisdictions;
    }

    /** Where a new site for it would go: its first allowed jurisdiction, else its own country. */
    public String homeJurisdiction() {
        return List.copyOf(newSiteCountries()).stream().sorted().findFirst().orElseThrow();
    }
}
