package org.sovplan.capacity.accelerator;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of the accelerator catalogue. */
public final class AcceleratorModelDto {

    /** Upper-case letters, digits and underscores, e.g. NVIDIA_H100_SXM. */
    public static final String CODE_PATTERN = "^[A-Z0-9][A-Z0-9_]{1,63}$";
    public static final String CODE_MESSAGE = "must be upper-case letters, digits and underscores, e.g. NVIDIA_H100_SXM";

    private AcceleratorModelDto() {
    }

    /**
     * Body of create (code required) and update (code optional and equal to the path; version
     * required unless an If-Match header carries it). Figures are per accelerator, dense (not sparse).
     */
    @Schema(name = "AcceleratorModelRequest")
    public record Request(
            @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) @Schema(example = "NVIDIA_H100_SXM") String code,
            @NotBlank @Size(max = 100) @Schema(example = "NVIDIA") String vendor,
            @NotBlank @Size(max = 200) @Schema(example = "H100 SXM5 80GB") String name,
            @NotBlank @Size(max = 40) @Schema(description = "SXM, PCIe, OAM, EDGE_MODULE...", example = "SXM") String formFactor,
            @Schema(description = "TRAINING (SXM/OAM parts on an NVLink or Infinity Fabric), INFERENCE (PCIe cards) or "
                    + "EDGE (embedded modules); default from formFactor: SXM and OAM are TRAINING, EDGE_MODULE is EDGE, "
                    + "others INFERENCE", example = "TRAINING") AcceleratorClass acceleratorClass,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("4096") @Digits(integer = 4, fraction = 1)
            @Schema(example = "80") BigDecimal memoryGb,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 3)
            @Schema(example = "3.35") BigDecimal memoryBandwidthTbps,
            @NotNull @Min(1) @Max(5000) @Schema(description = "Thermal design power", example = "700") Integer tdpWatts,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Digits(integer = 6, fraction = 1)
            @Schema(example = "989") BigDecimal bf16DenseTflops,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("200000") @Digits(integer = 6, fraction = 1)
            @Schema(example = "1979") BigDecimal fp8DenseTflops,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("200000") @Digits(integer = 6, fraction = 1)
            @Schema(example = "1979") BigDecimal int8DenseTops,
            @NotNull @PositiveOrZero @DecimalMax("10000000") @Digits(integer = 8, fraction = 2)
            @Schema(example = "30000") BigDecimal unitPriceUsd,
            @Schema(description = "Whether unitPriceUsd is an estimate (vendors rarely publish prices); default true",
                    example = "true") Boolean priceEstimated,
            @NotBlank @Size(max = 500) @Schema(description = "Where the figures come from",
                    example = "NVIDIA H100 Tensor Core GPU datasheet") String source,
            @PositiveOrZero @Schema(description = "Version the update is based on", example = "0") Long version) {
    }

    @Schema(name = "AcceleratorModel")
    public record Response(
            @Schema(example = "NVIDIA_H100_SXM") String code,
            @Schema(example = "NVIDIA") String vendor,
            @Schema(example = "H100 SXM5 80GB") String name,
            @Schema(example = "SXM") String formFactor,
            @Schema(example = "TRAINING") AcceleratorClass acceleratorClass,
            @Schema(example = "80.0") double memoryGb,
            @Schema(example = "3.35") double memoryBandwidthTbps,
            @Schema(example = "700") int tdpWatts,
            @Schema(example = "989.0") double bf16DenseTflops,
            @Schema(example = "1979.0") Double fp8DenseTflops,
            @Schema(example = "1979.0") Double int8DenseTops,
            @Schema(example = "30000.0") double unitPriceUsd,
            @Schema(example = "true") boolean priceEstimated,
            @Schema(example = "NVIDIA H100 Tensor Core GPU datasheet") String source,
            @Schema(example = "1") long version,
            Instant createdAt,
            Instant updatedAt) {

        public static Response from(AcceleratorModel m) {
            return new Response(m.code, m.vendor, m.name, m.formFactor, m.acceleratorClass, m.memoryGb.doubleValue(),
                    m.memoryBandwidthTbps.doubleValue(), m.tdpWatts, m.bf16DenseTflops.doubleValue(),
                    m.fp8DenseTflops == null ? null : m.fp8DenseTflops.doubleValue(),
                    m.int8DenseTops == null ? null : m.int8DenseTops.doubleValue(), m.unitPriceUsd.doubleValue(),
                    m.priceEstimated, m.source, m.version, m.createdAt, m.updatedAt);
        }
    }
}
