package org.sovplan.placement.sizing;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sovplan.placement.workload.Precision;
import org.sovplan.placement.workload.WorkloadType;

/** Request and response of the sizing calculator. */
public final class SizingDto {

    private SizingDto() {
    }

    /**
     * Name a stored workload ({@code workloadId}) or give one inline ({@code workload}); name a
     * catalogue model ({@code acceleratorModelCode}, fetched from capacity-service) or give its
     * figures inline ({@code acceleratorModel}, offline sizing).
     */
    @Schema(name = "SizingRequest")
    public record Request(
            @Schema(description = "A stored workload") UUID workloadId,
            @Valid @Schema(description = "An inline workload") InlineWorkload workload,
            @Pattern(regexp = "^[A-Z0-9_]{1,64}$", message = "must be an accelerator model code such as NVIDIA_H100_SXM")
            @Schema(description = "A model of capacity-service's catalogue", example = "NVIDIA_A100_SXM") String acceleratorModelCode,
            @Valid @Schema(description = "Inline accelerator figures, for offline sizing") AcceleratorSpec acceleratorModel,
            @DecimalMin("1.0") @DecimalMax("3.0") @Schema(description = "PUE of the site; default from config", example = "1.4") Double pue) {
    }

    /** The sizing inputs of a workload. */
    @Schema(name = "SizingWorkload")
    public record InlineWorkload(
            @NotNull @Schema(example = "TRAINING") WorkloadType type,
            @NotNull @Positive @DecimalMax("100000") @Schema(example = "7") Double paramsBillion,
            @NotNull @Schema(example = "bf16") Precision precision,
            @Positive @DecimalMax("1000000") @Schema(example = "2000") Double trainTokensBillion,
            @Positive @DecimalMax("3650") @Schema(example = "30") Double targetDays,
            @Positive @DecimalMax("1") @Schema(example = "0.4") Double mfu,
            @Positive @DecimalMax("100000000") Double peakTokensPerSec) {

        public WorkloadSpec toSpec() {
            return new WorkloadSpec(type, paramsBillion, precision, trainTokensBillion, targetDays, mfu,
                    peakTokensPerSec);
        }
    }
}
