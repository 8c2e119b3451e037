package org.sovplan.placement.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of a plan: where each workload runs, what cannot be placed and why, what to build,
 * and which start dates slip. Power is exact to the watt ({@code itWatts}, and kW with 3 decimals);
 * finite workloads (training, fine-tuning) report per run, continuous ones (inference) per year, and
 * totals keep the two apart. Figures are decimals at a documented precision: MWh and kW to 3
 * decimals, USD whole, tCO2e to 3 decimals.
 */
@Schema(name = "PlanResult")
public record PlanResult(
        @Schema(description = "Timefold score: hard/medium/soft, for experts", example = "0hard/-4medium/-49522soft") String score,
        @Schema(description = "No hard constraint is broken", example = "true") boolean feasible,
        @Schema(description = "The plan in one paragraph of words", example = "7 of 8 workloads placed; Research "
                + "foundation model 13B needs 38 AMD_MI300X at Konza National Data Centre ($570,000, ready 2027-03-31, "
                + "181 days after its start date).") String summary,
        List<Assignment> assignments,
        List<Unplaced> unplaced,
        List<Shortfall> shortfalls,
        @Schema(description = "Ranked alternatives per unplaced workload: rank 1 is the cheapest that meets the start "
                + "date, else the earliest ready") List<InvestmentOption> investments,
        @Schema(description = "Workloads whose start date cannot be met") List<LateStart> timeline,
        Totals totals,
        @Schema(description = "The assumptions the figures rest on, with their sources") List<Assumption> assumptions,
        @Schema(description = "Score per constraint, from Timefold score analysis") List<ConstraintScore> constraints) {

    /** Per run (training, fine-tuning) or per year (inference). */
    public enum Basis {
        PER_RUN, PER_YEAR
    }

    /** Where one workload runs, what it draws, and what it costs and emits there (per run or per year). */
    @Schema(name = "PlanAssignment")
    public record Assignment(UUID workloadId, @Schema(example = "Citizen services SLM") String workloadName,
            @Schema(example = "SLM_INFERENCE") String workloadType,
            UUID siteId, @Schema(example = "Konza National Data Centre") String siteName,
            @Schema(example = "KE-22") String siteRegionCode, @Schema(example = "Machakos") String siteRegionName,
            @Schema(example = "KE") String jurisdiction, @Schema(example = "KE") String gridZoneCode,
            @Schema(example = "SEAL-3") String sovereigntyLevel, @Schema(example = "NVIDIA_L4") String acceleratorModel,
            @Schema(example = "7") int gpus,
            @Schema(description = "IT power, W, exact", example = "4200") long itWatts,
            @Schema(description = "IT power, kW, exact to the watt", example = "4.200") BigDecimal itKw,
            @Schema(description = "Power drawn from the grid (IT × PUE), kW, to the watt", example = "6.720") BigDecimal powerKw,
            @Schema(example = "PER_RUN") Basis basis,
            @Schema(description = "Training: first day of the run", example = "2026-09-01") LocalDate runStartDate,
            @Schema(description = "Training: day the run ends (start + its days)", example = "2026-09-15") LocalDate runEndDate,
            @Schema(description = "Training: length of the run, days", example = "14") BigDecimal runDays,
            @Schema(description = "Training: energy of the run, MWh", example = "2.258") BigDecimal energyMwhPerRun,
            @Schema(description = "Training: energy and amortised hardware of the run, USD", example = "1950") BigDecimal costUsdPerRun,
            @Schema(description = "Training: carbon of the run, tCO2e", example = "0.158") BigDecimal tco2ePerRun,
            @Schema(description = "Inference: energy per year, MWh", example = "33.112") BigDecimal energyMwhPerYear,
            @Schema(description = "Inference: energy and amortised hardware per year, USD", example = "21000") BigDecimal costUsdPerYear,
            @Schema(description = "Inference: carbon per year, tCO2e", example = "2.318") BigDecimal tco2ePerYear,
            @Schema(example = "12.4") BigDecimal latencyMs,
            @Schema(description = "Inputs of these figures that are estimates or illustrative",
                    example = "[\"grid zone KE figures\", \"NVIDIA_L4 unit price\"]") List<String> estimatedInputs) {

        /**
         * IT power in MW, exact to the watt: what a commit reserves. Not part of the JSON (which
         * carries {@code itWatts} and {@code itKw}).
         */
        @JsonIgnore
        @Schema(hidden = true)
        public Double itMw() {
            return itWatts / 1e6;
        }
    }

    /** A workload left unplaced, with the constraints that block it. */
    @Schema(name = "PlanUnplaced")
    public record Unplaced(UUID workloadId, String workloadName, int priority,
            @Schema(example = "needs 155 NVIDIA_A100_SXM GPUs (93 kW IT, 148.8 kW grid) in SEAL-3+ sites in [KE] from "
                    + "2026-10-01; the best candidate, Konza National Data Centre, has 64 free NVIDIA_A100_SXM GPUs")
            String reason,
            List<Blocker> blockers) {
    }

    /** One reason, and how many options (site × accelerator model) it rules out. */
    @Schema(name = "PlanBlocker")
    public record Blocker(@Schema(example = "SOVEREIGNTY", enumeration = { "SITE_DECOMMISSIONED", "SOVEREIGNTY",
            "JURISDICTION", "MODEL", "MODEL_UNKNOWN", "ACCELERATOR_CLASS", "AVAILABILITY", "ZONE_UNKNOWN", "CARBON",
            "USERS_REGION_UNKNOWN", "LATENCY", "TOO_SMALL", "CAPACITY_TAKEN", "NO_SITES" }) String rule, @Schema(example = "4") int options,
            @Schema(example = "the site's sovereignty level is too low") String detail) {
    }

    /** Capacity missing for the unplaced workloads, per region, grid zone and accelerator model: what rank 1 adds. */
    @Schema(name = "PlanShortfall")
    public record Shortfall(@Schema(example = "KE-22") String regionCode, @Schema(example = "KE") String gridZoneCode,
            @Schema(example = "AMD_MI300X") String acceleratorModel, @Schema(example = "38") int gpus,
            @Schema(description = "IT power to add, kW", example = "0.000") BigDecimal itKw,
            @Schema(description = "Grid headroom to add, kW", example = "0.000") BigDecimal gridKw,
            List<UUID> workloadIds) {
    }

    /** One way to place an unplaced workload, with what it costs, emits and when it is ready. */
    @Schema(name = "PlanInvestmentOption")
    public record InvestmentOption(UUID workloadId, String workloadName,
            @Schema(description = "1 = recommended", example = "1") int rank,
            @Schema(description = "ADD_ACCELERATORS, EXPAND_SITE, GRID_UPGRADE, NEW_SITE or SMALLER_MODEL",
                    example = "ADD_ACCELERATORS", enumeration = { "ADD_ACCELERATORS", "EXPAND_SITE", "GRID_UPGRADE",
                            "NEW_SITE", "SMALLER_MODEL" }) String kind,
            @Schema(example = "KE-22") String regionCode, @Schema(example = "Machakos") String regionName,
            @Schema(example = "KE") String gridZoneCode, UUID siteId,
            @Schema(example = "Konza National Data Centre") String siteName,
            @Schema(example = "AMD_MI300X") String acceleratorModel,
            @Schema(description = "Accelerators to buy", example = "38") Integer gpus,
            @Schema(description = "IT power the workload draws there, kW", example = "42.750") BigDecimal itKw,
            @Schema(description = "IT capacity to build, kW", example = "0.000") BigDecimal addedItKw,
            @Schema(description = "Grid headroom to add, kW", example = "0.000") BigDecimal addedGridKw,
            @Schema(example = "570000") BigDecimal capexUsd,
            @Schema(example = "PER_RUN") Basis basis,
            @Schema(description = "Energy cost, USD per run (training) or per year (inference)", example = "2758") BigDecimal opexUsd,
            @Schema(description = "Carbon, tCO2e per run (training) or per year (inference)", example = "1.287") BigDecimal tco2e,
            @Schema(example = "120") int leadTimeDays,
            @Schema(example = "2027-03-31") LocalDate readyDate,
            @Schema(description = "The workload's start date, else the plan's horizon", example = "2026-10-01") LocalDate neededBy,
            @Schema(example = "false") boolean meetsDate,
            @Schema(description = "Days after neededBy it is ready; 0 when in time", example = "181") int daysLate,
            @Schema(example = "add 38 AMD_MI300X at Konza National Data Centre, where IT power and grid headroom exist")
            String description) {
    }

    /** A workload whose start date cannot be met. */
    @Schema(name = "PlanLateStart")
    public record LateStart(UUID workloadId, String workloadName, @Schema(example = "2026-10-01") LocalDate startDate,
            @Schema(description = "Earliest day it can run", example = "2027-03-31") LocalDate earliestDate,
            @Schema(example = "181") int daysLate,
            @Schema(example = "its start date has passed; the recommended option is ready 2027-03-31") String reason) {
    }

    /** Sums over the plan; finite runs and continuous services apart. */
    @Schema(name = "PlanTotals")
    public record Totals(int workloads, int placed, int unplaced, int gpus,
            @Schema(description = "IT power of the placed workloads, W") long itWatts,
            @Schema(description = "IT power of the placed workloads, kW") BigDecimal itKw,
            @Schema(description = "Grid power of the placed workloads, kW") BigDecimal powerKw,
            @Schema(description = "Placed training and fine-tuning runs") int runs,
            @Schema(description = "Energy of all placed runs, once each, MWh") BigDecimal energyMwhAllRuns,
            @Schema(description = "Cost of all placed runs, once each, USD") BigDecimal costUsdAllRuns,
            @Schema(description = "Carbon of all placed runs, once each, tCO2e") BigDecimal tco2eAllRuns,
            @Schema(description = "Placed inference services") int services,
            @Schema(description = "Energy of the placed services per year, MWh") BigDecimal energyMwhPerYear,
            @Schema(description = "Cost of the placed services per year, USD") BigDecimal costUsdPerYear,
            @Schema(description = "Carbon of the placed services per year, tCO2e") BigDecimal tco2ePerYear,
            @Schema(description = "Capex of every unplaced workload's recommended option") BigDecimal investmentCapexUsd,
            @Schema(description = "Longest lead time among the recommended options, days") Integer longestLeadTimeDays,
            @Schema(description = "Workloads whose start date cannot be met") int lateStarts) {
    }

    /** One figure the plan assumes, and where it comes from. */
    @Schema(name = "PlanAssumption")
    public record Assumption(@Schema(example = "Carbon price") String name, @Schema(example = "85") String value,
            @Schema(example = "USD per tCO2e") String unit,
            @Schema(example = "EU ETS order of magnitude, 2024") String source) {
    }

    /** One constraint's share of the score. */
    @Schema(name = "PlanConstraintScore")
    public record ConstraintScore(@Schema(example = "Unplaced workload") String constraint,
            @Schema(example = "0hard/-3medium/0soft") String score, @Schema(example = "1") int matches) {
    }
}
