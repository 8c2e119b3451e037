package org.sovplan.placement.sizing;

import org.sovplan.placement.workload.Precision;
import org.sovplan.placement.workload.Workload;
import org.sovplan.placement.workload.WorkloadType;

/** The sizing inputs of a workload, whether stored or given inline. */
public record WorkloadSpec(WorkloadType type, double paramsBillion, Precision precision, Double trainTokensBillion,
        Double targetDays, Double mfu, Double peakTokensPerSec) {

    public static WorkloadSpec of(Workload w) {
        return new WorkloadSpec(w.type, w.paramsBillion, w.precision, w.trainTokensBillion, w.targetDays, w.mfu,
                w.peakTokensPerSec);
    }

    /** Parameters as a count. */
    public double params() {
        return paramsBillion * 1e9;
    }
}
