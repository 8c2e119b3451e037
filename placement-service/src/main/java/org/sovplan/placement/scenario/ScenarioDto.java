package org.sovplan.placement.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sovplan.common.domain.SovereigntyLevel;
import org.sovplan.placement.workload.Precision;
import org.sovplan.placement.workload.WorkloadType;

/** Request and response shapes of scenarios. */
public final class ScenarioDto {

    static final String REGION_PATTERN = "[A-Z]{2}(-[A-Z0-9]{1,3})?";

    private ScenarioDto() {
    }

    @Schema(name = "ScenarioRequest")
    public record Request(
            @NotBlank @Size(max = 200) @Schema(example = "Kenya 2026-2035") String name,
            @NotNull @Pattern(regexp = REGION_PATTERN, message = "must be an ISO 3166-1 or 3166-2 code") @Schema(example = "KE") String regionCode,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2026") Integer firstYear,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2035") Integer lastYear,
            @NotNull @Valid Definition definition,
            @Schema(description = "The version this update is based on (or If-Match); ignored on create", example = "0") Long version) {
    }

    /** What the optimiser needs besides region and horizon; stored as one typed JSON document. */
    @Schema(name = "ScenarioDefinition")
    public record Definition(
            @NotNull @DecimalMin("0") @DecimalMax("50") @Schema(description = "Real discount rate, percent a year", example = "8") Double discountRatePct,
            @Schema(description = "Carbon price by year, USD/tCO2e; holds until the next year given", example = "{\"2026\": 20, \"2030\": 60}")
            Map<Integer, @NotNull @PositiveOrZero @DecimalMax("100000") Double> carbonPricesUsdPerTonne,
            @Schema(description = "Capex budget by year, USD; holds until the next year given; absent means no limit", example = "{\"2026\": 150000000}")
            Map<Integer, @NotNull @PositiveOrZero Double> capexBudgetsUsd,
            @Valid Lifetimes lifetimes,
            @Valid LeadTimes leadTimes,
            @Valid BuildRates buildRates,
            @NotEmpty List<@Valid @NotNull DemandLine> demand,
            @Size(max = 40) @Schema(description = "Variant solved unless a run names another", example = "mid") String defaultVariant,
            List<@Valid @NotNull SiteExpansion> siteExpansions) {
    }

    /** Service lives, years, each with its source; absent fields take the configured defaults. */
    public record Lifetimes(
            @Min(1) @Max(60) @Schema(example = "5") Integer acceleratorYears,
            @Size(max = 300) String acceleratorSource,
            @Min(1) @Max(100) @Schema(example = "20") Integer dataCentreYears,
            @Size(max = 300) String dataCentreSource,
            @Min(1) @Max(100) @Schema(example = "30") Integer gridYears,
            @Size(max = 300) String gridSource) {
    }

    /** Whole years between a decision (and its capex) and the asset's first year of service. */
    public record LeadTimes(
            @Min(0) @Max(10) @Schema(example = "0") Integer acceleratorYears,
            @Min(0) @Max(10) @Schema(example = "2") Integer dataCentreYears,
            @Min(0) @Max(15) @Schema(example = "2") Integer gridYears) {
    }

    /** Most that may come into service in one year; absent means no limit. */
    public record BuildRates(
            @PositiveOrZero @Schema(example = "4000") Integer maxGpusPerYear,
            @PositiveOrZero @Schema(example = "20") Double maxItMwPerYear,
            @PositiveOrZero @Schema(example = "50") Double maxGridMwPerYear) {
    }

    /**
     * A line of yearly demand: a stored workload or a class of workload given inline, in units of
     * that workload at its sized peak (1 = the workload once).
     */
    public record DemandLine(
            @NotBlank @Size(max = 200) @Schema(example = "Citizen services LLM") String name,
            @Schema(description = "A stored workload (or give 'workload')") UUID workloadId,
            @Valid @Schema(description = "A class of workload (or give 'workloadId')") WorkloadClass workload,
            @Positive @DecimalMax("1000000") @Schema(description = "Units in the first year", example = "1") Double units,
            @Schema(description = "Named demand variants, e.g. low, mid, high") Map<@NotBlank @Size(max = 40) String, @NotNull @Valid Variant> variants,
            @Size(max = 10) List<@Valid @NotNull Substitute> substitutes) {
    }

    /** The sizing inputs and placement rules of a class of workload. */
    public record WorkloadClass(
            @NotNull WorkloadType type,
            @NotNull @Positive @DecimalMax("100000") @Schema(example = "70") Double paramsBillion,
            @NotNull Precision precision,
            @Positive Double trainTokensBillion,
            @Positive @DecimalMax("3650") Double targetDays,
            @Positive @DecimalMax("1") Double mfu,
            @Positive Double peakTokensPerSec,
            @Pattern(regexp = REGION_PATTERN, message = "must be an ISO 3166-1 or 3166-2 code") String userRegionCode,
            @Positive Double maxLatencyMs,
            SovereigntyLevel minSovereigntyLevel,
            List<@NotBlank String> allowedJurisdictions,
            List<@NotBlank String> allowedAcceleratorModels,
            @PositiveOrZero Double maxCarbonGPerKwh) {
    }

    /** Growth from the first year's units, or explicit units by year (years not given: 0). */
    public record Variant(
            @DecimalMin("-100") @DecimalMax("1000") @Schema(example = "25") Double growthPctPerYear,
            Map<Integer, @NotNull @PositiveOrZero Double> unitsByYear) {
    }

    /** An acceptable smaller or quantized model that may serve an inference line instead. */
    public record Substitute(
            @NotBlank @Size(max = 100) @Schema(example = "8B int4") String name,
            @NotNull @Positive @DecimalMax("100000") @Schema(example = "8") Double paramsBillion,
            @NotNull Precision precision) {
    }

    /** How far a site may grow, IT MW in total. */
    public record SiteExpansion(@NotNull UUID siteId, @NotNull @PositiveOrZero @DecimalMax("10000") Double maxItMw) {
    }

    @Schema(name = "Scenario")
    public record Response(UUID id, String name, String regionCode, int firstYear, int lastYear, Definition definition,
            String createdBy, Instant createdAt, Instant updatedAt, long version) {

        static Response from(Scenario s) {
            return new Response(s.id, s.name, s.regionCode, s.firstYear, s.lastYear, s.definition, s.createdBy,
                    s.createdAt, s.updatedAt, s.version);
        }
    }

    @Schema(name = "ScenarioSummary")
    public record Summary(UUID id, String name, String regionCode, int firstYear, int lastYear, int demandLines,
            long version) {

        static Summary from(Scenario s) {
            return new Summary(s.id, s.name, s.regionCode, s.firstYear, s.lastYear, s.definition.demand().size(),
                    s.version);
        }
    }
}
