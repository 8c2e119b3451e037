package org.sovplan.placement.workload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sovplan.common.domain.SovereigntyLevel;

/** Request and response shapes of workloads. */
public final class WorkloadDto {

    /** ISO 3166-1 alpha-2 ("KE") or ISO 3166-2 ("KE-30"). */
    public static final String REGION_PATTERN = "^[A-Z]{2}(-[A-Z0-9]{1,3})?$";
    static final String REGION_MESSAGE = "must be an ISO 3166-1 alpha-2 or ISO 3166-2 code, e.g. KE or KE-30";
    static final String COUNTRY_PATTERN = "^[A-Z]{2}$";
    static final String MODEL_PATTERN = "^[A-Z0-9_]{1,64}$";

    private WorkloadDto() {
    }

    /** Body of create and update; on update, state the version read (body or If-Match). */
    @Schema(name = "WorkloadRequest", description = "A workload. Training and fine-tuning need trainTokensBillion and "
            + "targetDays; inference needs peakTokensPerSec; a latency bound needs userRegionCode.")
    public record Request(
            @NotBlank @Size(max = 200) @Schema(example = "National LLM fine-tune") String name,
            @NotNull @Schema(example = "FINE_TUNING") WorkloadType type,
            @NotNull @Positive @DecimalMax("100000") @Schema(description = "Parameters, billions", example = "8") Double paramsBillion,
            @NotNull @Schema(example = "bf16") Precision precision,
            @Positive @DecimalMax("1000000") @Schema(description = "Training tokens, billions", example = "20") Double trainTokensBillion,
            @Positive @DecimalMax("3650") @Schema(description = "Wall-clock days the run may take", example = "14") Double targetDays,
            @Positive @DecimalMax("1") @Schema(description = "Model FLOPs utilisation, 0-1", example = "0.4") Double mfu,
            @Positive @DecimalMax("100000000") @Schema(description = "Peak generated tokens per second", example = "2000") Double peakTokensPerSec,
            @Pattern(regexp = REGION_PATTERN, message = REGION_MESSAGE) @Schema(example = "KE-30") String userRegionCode,
            @Positive @DecimalMax("10000") @Schema(description = "Largest round-trip latency from the users' region, ms", example = "150") Double maxLatencyMs,
            @Schema(description = "Lowest acceptable site sovereignty level", example = "SEAL-3") SovereigntyLevel minSovereigntyLevel,
            @Size(max = 50) @Schema(description = "Jurisdictions (ISO alpha-2) allowed; empty means any", example = "[\"KE\"]")
            List<@Pattern(regexp = COUNTRY_PATTERN, message = "must be an ISO 3166-1 alpha-2 code") String> allowedJurisdictions,
            @Size(max = 50) @Schema(description = "Accelerator model codes allowed; empty means any", example = "[\"NVIDIA_H100_SXM\"]")
            List<@Pattern(regexp = MODEL_PATTERN, message = "must be an accelerator model code such as NVIDIA_H100_SXM") String> allowedAcceleratorModels,
            @PositiveOrZero @DecimalMax("2000") @Schema(description = "Highest acceptable grid carbon intensity, gCO2e/kWh", example = "300") Double maxCarbonGPerKwh,
            @Schema(description = "Date the workload must run from", example = "2026-09-01") LocalDate startDate,
            @Positive @DecimalMax("100000") @Schema(description = "Inference only: the smallest model variant accepted "
                    + "instead, billions of parameters (at most paramsBillion)", example = "1") Double substituteMinParamsBillion,
            @Schema(description = "Inference only: the lowest precision accepted instead of precision", example = "int4")
            Precision substitutePrecision,
            @Min(1) @Max(10) @Schema(description = "1 (low) to 10 (high); default 5", example = "8") Integer priority,
            @NotNull @Pattern(regexp = REGION_PATTERN, message = REGION_MESSAGE) @Schema(description = "Owning region", example = "KE") String regionCode,
            @PositiveOrZero @Schema(description = "Version the update is based on", example = "0") Long version) {
    }

    @Schema(name = "Workload")
    public record Response(
            @Schema(example = "7d1f2c9e-8a4b-4c55-9f7e-3c2a1b0d9e8f") UUID id,
            @Schema(example = "National LLM fine-tune") String name,
            @Schema(example = "FINE_TUNING") WorkloadType type,
            @Schema(example = "8") double paramsBillion,
            @Schema(example = "bf16") Precision precision,
            @Schema(example = "20") Double trainTokensBillion,
            @Schema(example = "14") Double targetDays,
            @Schema(example = "0.4") Double mfu,
            Double peakTokensPerSec,
            String userRegionCode,
            Double maxLatencyMs,
            @Schema(example = "SEAL-3") SovereigntyLevel minSovereigntyLevel,
            List<String> allowedJurisdictions,
            List<String> allowedAcceleratorModels,
            Double maxCarbonGPerKwh,
            LocalDate startDate,
            Double substituteMinParamsBillion,
            Precision substitutePrecision,
            @Schema(example = "8") int priority,
            @Schema(example = "KE") String regionCode,
            @Schema(example = "0") long version,
            Instant createdAt,
            Instant updatedAt) {

        public static Response from(Workload w) {
            return new Response(w.id, w.name, w.type, w.paramsBillion, w.precision, w.trainTokensBillion, w.targetDays,
                    w.mfu, w.peakTokensPerSec, w.userRegionCode, w.maxLatencyMs, w.minSovereignty(),
                    List.copyOf(w.allowedJurisdictions), List.copyOf(w.allowedAcceleratorModels), w.maxCarbonGPerKwh,
                    w.startDate, w.substituteMinParamsBillion, w.substitutePrecision, w.priority, w.regionCode, w.version, w.createdAt, w.updatedAt);
        }
    }
}
