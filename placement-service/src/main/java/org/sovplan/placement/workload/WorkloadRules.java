package org.sovplan.placement.workload;

import java.util.ArrayList;
import java.util.List;

import org.sovplan.common.domain.RuleBroken;
import org.sovplan.common.domain.RuleBroken.Violation;

/**
 * Cross-field rules of a workload that Bean Validation cannot express; a broken rule is a 422
 * with one field error per finding.
 */
public final class WorkloadRules {

    private WorkloadRules() {
    }

    /** Refuses with 422 when the workload lacks what its type needs to be sized. */
    public static void check(WorkloadDto.Request r) {
        List<Violation> errors = new ArrayList<>();
        if (r.type() != null && r.type().isTraining()) {
            if (r.trainTokensBillion() == null) {
                errors.add(new Violation("trainTokensBillion", "is required for " + r.type()));
            }
            if (r.targetDays() == null) {
                errors.add(new Violation("targetDays", "is required for " + r.type()));
            }
            if (r.precision() == Precision.INT8 || r.precision() == Precision.INT4) {
                errors.add(new Violation("precision", "training and fine-tuning are sized for bf16 or fp8"));
            }
            if (r.peakTokensPerSec() != null) {
                errors.add(new Violation("peakTokensPerSec", "applies to inference workloads only"));
            }
            if (r.substituteMinParamsBillion() != null) {
                errors.add(new Violation("substituteMinParamsBillion", "applies to inference workloads only"));
            }
            if (r.substitutePrecision() != null) {
                errors.add(new Violation("substitutePrecision", "applies to inference workloads only"));
            }
        } else if (r.type() != null) {
            if (r.peakTokensPerSec() == null) {
                errors.add(new Violation("peakTokensPerSec", "is required for " + r.type()));
            }
            if (r.trainTokensBillion() != null) {
                errors.add(new Violation("trainTokensBillion", "applies to training and fine-tuning only"));
            }
        }
        if (r.substituteMinParamsBillion() != null && r.paramsBillion() != null
                && r.substituteMinParamsBillion() > r.paramsBillion()) {
            errors.add(new Violation("substituteMinParamsBillion", "must be at most paramsBillion"));
        }
        if (r.maxLatencyMs() != null && r.userRegionCode() == null) {
            errors.add(new Violation("userRegionCode", "is required when maxLatencyMs is set"));
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
    }
}
