package org.sovplan.placement.scenario.model;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a scenario run found: the build schedule, capacity by year, costs, carbon, unserved demand
 * with its reason, the limits that bind, and how well the solver proved its answer. Figures are
 * rounded for people (never up): USD to the dollar, MW to 0.1 kW, tonnes to 0.1 t.
 */
@Schema(name = "ScenarioResult")
public record ScenarioResult(
        Solver solver,
        @Schema(description = "Net present value of capex (less salvage), energy, carbon and unserved penalty, USD of the first year", example = "812345678") long npvUsd,
        @Schema(description = "Net present value without the unserved-demand penalty, USD", example = "700000000") long npvWithoutPenaltyUsd,
        List<Build> builds,
        List<YearFigures> years,
        List<ModelCapacity> capacityByModel,
        List<SiteCapacity> capacityBySite,
        List<Unserved> unserved,
        List<Binding> binding,
        List<Substitution> substitutions,
        @Schema(description = "What one unit of each demand line is, and the fewest GPUs it needs") List<DemandUnit> demandLines) {

    /** The solver's verdict. */
    public record Solver(
            @Schema(description = "SCIP through OR-Tools", example = "SCIP") String engine,
            @Schema(description = "OPTIMAL (proven within the relative gap asked for, relativeGapPct), FEASIBLE (a solution, gap as stated), INFEASIBLE, NOT_SOLVED", example = "OPTIMAL") String status,
            @Schema(description = "Proven relative optimality gap, percent: (objective - best bound) / objective; the solution costs at most this much more than the optimum", example = "0.08") BigDecimal gapPct,
            @Schema(description = "The relative gap the solver was asked to reach, percent: OPTIMAL means gapPct is at most this", example = "0.5") BigDecimal relativeGapPct,
            @Schema(description = "Objective of the solution, USD", example = "812345678") long objectiveUsd,
            @Schema(description = "Best proven lower bound of the objective, USD", example = "811700000") long bestBoundUsd,
            @Schema(example = "2310") long wallMs,
            @Schema(example = "12034") int variables,
            @Schema(example = "4021") int constraints,
            @Schema(description = "The time limit stopped the search", example = "false") boolean timeLimitReached) {
    }

    /** One investment decision. */
    public record Build(
            @Schema(description = "ACCELERATORS, DATA_CENTRE or GRID", example = "ACCELERATORS") String kind,
            @Schema(description = "Year decided and paid", example = "2027") int decisionYear,
            @Schema(description = "First year it serves", example = "2028") int readyYear,
            @Schema(example = "Konza Sovereign DC") String site,
            @Schema(example = "KE") String zoneCode,
            @Schema(example = "NVIDIA_H100_SXM") String modelCode,
            @Schema(description = "Accelerators bought (ACCELERATORS)", example = "512") Integer gpus,
            @Schema(description = "MW added (DATA_CENTRE: IT MW; GRID: grid MW)", example = "4.5") BigDecimal mw,
            @Schema(example = "15360000") long capexUsd,
            @Schema(description = "GRID: the zone's candidate upgrade built (energy-service); absent when built at the configured unit cost",
                    example = "Menengai geothermal phase II (illustrative)") String upgrade) {

        public Build(String kind, int decisionYear, int readyYear, String site, String zoneCode, String modelCode,
                Integer gpus, BigDecimal mw, long capexUsd) {
            this(kind, decisionYear, readyYear, site, zoneCode, modelCode, gpus, mw, capexUsd, null);
        }
    }

    /** Costs, carbon and capacity of one year. */
    public record YearFigures(
            @Schema(example = "2028") int year,
            @Schema(description = "Capex paid that year", example = "30000000") long capexUsd,
            @Schema(description = "Energy bought at the zone price", example = "1200000") long energyUsd,
            @Schema(description = "Carbon at that year's carbon price", example = "300000") long carbonCostUsd,
            @Schema(example = "5400") BigDecimal energyMwh,
            @Schema(example = "2700.5") BigDecimal carbonTonnes,
            @Schema(description = "Accelerators in service (existing and bought)", example = "1200") long gpusInService,
            @Schema(description = "IT MW built by the plan and in service", example = "4.5") BigDecimal itMwBuilt,
            @Schema(description = "Grid MW upgraded by the plan and in service", example = "6") BigDecimal gridMwBuilt,
            @Schema(description = "Demand units asked for", example = "14.4") BigDecimal demandUnits,
            @Schema(description = "Demand units not served", example = "0") BigDecimal unservedUnits,
            @Schema(description = "Unserved demand in GPUs of its least-GPU option", example = "0") BigDecimal unservedGpus,
            @Schema(description = "Penalty of the unserved demand", example = "0") long unservedPenaltyUsd) {
    }

    /** Accelerators in service of one model in one year. */
    public record ModelCapacity(int year, String modelCode, long gpus) {
    }

    /** Accelerators and IT MW in service at one site in one year. */
    public record SiteCapacity(int year, String site, long gpus, BigDecimal itMw) {
    }

    /** Demand not served in a year, and why. */
    public record Unserved(String demand, int year, BigDecimal units, BigDecimal gpus, String reason) {
    }

    /** A limit that binds, with the years it binds. */
    public record Binding(String constraint, String subject, int fromYear, int toYear,
            @Schema(example = "grid headroom of zone KE binds in 2029-2031") String text) {
    }

    /** What one unit of a demand line is, and the fewest GPUs one unit needs over its options and models. */
    public record DemandUnit(
            @Schema(example = "Citizen services LLM") String demand,
            @Schema(example = "a 70B-parameter model at bf16 serving 5,000 tokens/s at peak") String unit,
            @Schema(example = "8") BigDecimal minGpusPerUnit) {
    }

    /** How much of a demand line a year's solution serves with each option (the workload or a substitute). */
    public record Substitution(String demand, int year, String option, BigDecimal units) {
    }
}
