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
        @PositiveOrZero @Schema(example = "15000") Double unitPriceUsd,
        @Schema(description = "TRAINING, INFERENCE or EDGE; unstated is treated as INFERENCE", example = "TRAINING")
        AcceleratorClass acceleratorClass,
        @Schema(description = "Whether unitPriceUsd is an estimate", example = "true") Boolean priceEstimated) {

    /** A model without class or price provenance: treated as an inference card with an estimated price. */
    public AcceleratorSpec(String code, Double memoryGb, Double memoryBandwidthTbps, Double tdpWatts,
            Double bf16DenseTflops, Double fp8DenseTflops, Double unitPriceUsd) {
        this(code, memoryGb, memoryBandwidthTbps, tdpWatts, bf16DenseTflops, fp8DenseTflops, unitPriceUsd, null, null);
    }

    /**
     * The model's class; a model whose catalogue entry states none counts as an inference card, so
     * that it is never taken for a training-class part.
     */
    public AcceleratorClass suitability() {
        return acceleratorClass == null ? AcceleratorClass.INFERENCE : acceleratorClass;
    }

    /** Whether the unit price is an estimate; unknown counts as estimated. */
    public boolean priceIsEstimate() {
        return priceEstimated == null || priceEstimated;
    }

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
