package org.sovplan.placement.sizing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sovplan.placement.workload.Precision;

/** The figures of an accelerator model that sizing uses; the shape capacity-service publishes. */
@Schema(name = "AcceleratorSpec", description = "Accelerator figures for offline sizing (public datasheet values)")
public record AcceleratorSpec(
        @NotBlank @Schema(example = "NVIDIA_A100_SXM") String code,
        @NotNull @Positive @DecimalMax("10000") @Schema(example = "80") Double memoryGb,
        @NotNull @Positive @DecimalMax("1000") @Schema(example = "2.039") Double memoryBandwidthTbps,
        @NotNull @Positive @DecimalMax("100000") @Schema(example = "400") Double tdpWatts,
        @NotNull @Positive @DecimalMax("1000000") @Schema(example = "312") Double bf16DenseTflops,
        @Positive @DecimalMax("1000000") @Schema(example = "624") Double fp8DenseTflops,
        @PositiveOrZero @Schema(example = "15000") Double unitPriceUsd) {

    /**
     * Peak dense throughput at a precision, FLOP/s. fp8, int8 and int4 use the fp8 figure where the
     * datasheet gives one (int8 dense TOPS equal fp8 dense TFLOPS on current parts), else bf16.
     */
    public double peakFlops(Precision precision) {
        double tflops = precision == Precision.BF16 || fp8DenseTflops == null ? bf16DenseTflops : fp8DenseTflops;
        return tflops * 1e12;
    }

    /** Unit price, 0 when unknown. */
    public double priceUsd() {
        return unitPriceUsd == null ? 0 : unitPriceUsd;
    }
}
