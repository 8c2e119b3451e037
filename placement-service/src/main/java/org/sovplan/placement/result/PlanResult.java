package org.sovplan.placement.result;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of a plan: where each workload runs, what cannot be placed and why, and what to build. */
@Schema(name = "PlanResult")
public record PlanResult(
        @Schema(description = "Timefold score: hard/medium/soft", example = "0hard/-3medium/-1843200soft") String score,
        @Schema(description = "No hard constraint is broken", example = "true") boolean feasible,
        List<Assignment> assignments,
        List<Unplaced> unplaced,
        List<Shortfall> shortfalls,
        List<InvestmentOption> investments,
        Totals totals,
        @Schema(description = "Score per constraint, from Timefold score analysis") List<ConstraintScore> constraints) {

    /** Where one workload runs and what it costs and emits there. */
    @Schema(name = "PlanAssignment")
    public record Assignment(UUID workloadId, @Schema(example = "Citizen services SLM") String workloadName,
            UUID siteId, @Schema(example = "Nairobi Sovereign Cloud 1") String siteName,
            @Schema(example = "KE") String siteRegionCode, @Schema(example = "KE") String gridZoneCode,
            @Schema(example = "SEAL-3") String sovereigntyLevel, @Schema(example = "NVIDIA_L40S") String acceleratorModel,
            @Schema(example = "8") int gpus, @Schema(example = "0.0042") double itMw,
            @Schema(example = "0.0063") double powerMw, @Schema(example = "33.1") double energyMwhPerYear,
            @Schema(example = "21000") double costUsdPerYear, @Schema(example = "2.3") double tco2ePerYear,
            @Schema(example = "12.4") Double latencyMs) {
    }

    /** A workload left unplaced, with the constraints that block it. */
    @Schema(name = "PlanUnplaced")
    public record Unplaced(UUID workloadId, String workloadName, int priority,
            @Schema(example = "needs 1234 NVIDIA_H100_SXM GPUs (1.3 MW IT, 1.9 MW grid) in SEAL-2+ sites in [KE]; "
                    + "the best candidate, Nairobi Sovereign Cloud 1, has 224 free NVIDIA_H100_SXM GPUs and 8.8 MW IT "
                    + "headroom") String reason,
            List<Blocker> blockers) {
    }

    /** One reason, and how many options (site × accelerator model) it rules out. */
    @Schema(name = "PlanBlocker")
    public record Blocker(@Schema(example = "SOVEREIGNTY", enumeration = { "SITE_DECOMMISSIONED", "SOVEREIGNTY",
            "JURISDICTION", "MODEL", "MODEL_UNKNOWN", "AVAILABILITY", "ZONE_UNKNOWN", "CARBON", "USERS_REGION_UNKNOWN",
            "LATENCY", "TOO_SMALL", "CAPACITY_TAKEN", "NO_SITES" }) String rule, @Schema(example = "4") int options,
            @Schema(example = "the site's sovereignty level is too low") String detail) {
    }

    /** Capacity missing for the unplaced workloads, per region, grid zone and accelerator model. */
    @Schema(name = "PlanShortfall")
    public record Shortfall(@Schema(example = "KE") String regionCode, @Schema(example = "KE") String gridZoneCode,
            @Schema(example = "NVIDIA_H100_SXM") String acceleratorModel, @Schema(example = "1010") int gpus,
            @Schema(example = "1.06") double itMw, @Schema(example = "0.0") double gridMw, List<UUID> workloadIds) {
    }

    /** Something to build that closes (part of) a shortfall. */
    @Schema(name = "PlanInvestmentOption")
    public record InvestmentOption(@Schema(example = "ADD_ACCELERATORS",
            enumeration = { "ADD_ACCELERATORS", "GRID_UPGRADE", "NEW_SITE" }) String kind, String regionCode,
            String gridZoneCode, UUID siteId, String siteName, String acceleratorModel, Integer gpus, Double itMw,
            Double gridMw, @Schema(example = "30300000") double capexUsd, @Schema(example = "120") int leadTimeDays,
            @Schema(example = "add 1010 NVIDIA_H100_SXM at Nairobi Sovereign Cloud 1, where power exists") String description) {
    }

    /** Sums over the plan. */
    @Schema(name = "PlanTotals")
    public record Totals(int workloads, int placed, int unplaced, int gpus, double itMw, double powerMw,
            double energyMwhPerYear, double costUsdPerYear, double tco2ePerYear, double investmentCapexUsd,
            Integer longestLeadTimeDays) {
    }

    /** One constraint's share of the score. */
    @Schema(name = "PlanConstraintScore")
    public record ConstraintScore(@Schema(example = "Unplaced workload") String constraint,
            @Schema(example = "0hard/-3medium/0soft") String score, @Schema(example = "1") int matches) {
    }
}
