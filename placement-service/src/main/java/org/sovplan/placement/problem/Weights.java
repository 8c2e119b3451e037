package org.sovplan.placement.problem;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much each soft objective counts, 0 (ignore) to 10; each defaults to 1. */
@Schema(name = "PlanWeights")
public record Weights(
        @DecimalMin("0") @DecimalMax("10") @Schema(example = "1") Double cost,
        @DecimalMin("0") @DecimalMax("10") @Schema(example = "1") Double carbon,
        @DecimalMin("0") @DecimalMax("10") @Schema(example = "2") Double sovereignty,
        @DecimalMin("0") @DecimalMax("10") @Schema(example = "1") Double latency) {

    public static final Weights DEFAULT = new Weights(1.0, 1.0, 1.0, 1.0);

    /** These weights with every missing one set to 1. */
    public Weights orDefaults() {
        return new Weights(or(cost), or(carbon), or(sovereignty), or(latency));
    }

    private static double or(Double value) {
        return value == null ? 1.0 : value;
    }
}
