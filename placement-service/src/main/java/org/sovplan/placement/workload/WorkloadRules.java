package org.sovplan.placement.workload;

import java.util.ArrayList;
import java.util.List;

import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Problem.FieldError;

/**
 * Cross-field rules of a workload that Bean Validation cannot express; a broken rule is a 422
 * with one field error per finding.
 */
public final class WorkloadRules {

    private WorkloadRules() {
    }

    /** Refuses with 422 when the workload lacks what its type needs to be sized. */
    public static void check(WorkloadDto.Request r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.type() != null && r.type().isTraining()) {
            if (r.trainTokensBillion() == null) {
                errors.add(new FieldError("trainTokensBillion", "is required for " + r.type()));
            }
            if (r.targetDays() == null) {
                errors.add(new FieldError("targetDays", "is required for " + r.type()));
            }
            if (r.precision() == Precision.INT8 || r.precision() == Precision.INT4) {
                errors.add(new FieldError("precision", "training and fine-tuning are sized for bf16 or fp8"));
            }
            if (r.peakTokensPerSec() != null) {
                errors.add(new FieldError("peakTokensPerSec", "applies to inference workloads only"));
            }
            if (r.substituteMinParamsBillion() != null) {
                errors.add(new FieldError("substituteMinParamsBillion", "applies to inference workloads only"));
            }
            if (r.substitutePrecision() != null) {
                errors.add(new FieldError("substitutePrecision", "applies to inference workloads only"));
            }
        } else if (r.type() != null) {
            if (r.peakTokensPerSec() == null) {
                errors.add(new FieldError("peakTokensPerSec", "is required for " + r.type()));
            }
            if (r.trainTokensBillion() != null) {
                errors.add(new FieldError("trainTokensBillion", "applies to training and fine-tuning only"));
            }
        }
        if (r.substituteMinParamsBillion() != null && r.paramsBillion() != null
                && r.substituteMinParamsBillion() > r.paramsBillion()) {
            errors.add(new FieldError("substituteMinParamsBillion", "must be at most paramsBillion"));
        }
        if (r.maxLatencyMs() != null && r.userRegionCode() == null) {
            errors.add(new FieldError("userRegionCode", "is required when maxLatencyMs is set"));
        }
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are inconsistent with the workload type";
            throw ApiException.unprocessable(detail, errors);
        }
    }
}
