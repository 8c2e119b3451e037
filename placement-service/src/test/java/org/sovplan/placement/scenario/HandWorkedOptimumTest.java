package org.sovplan.placement.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sovplan.placement.scenario.model.ExpansionProblem;
import org.sovplan.placement.scenario.model.ExpansionProblem.BuildRates;
import org.sovplan.placement.scenario.model.ExpansionProblem.DemandLine;
import org.sovplan.placement.scenario.model.ExpansionProblem.DemandOption;
import org.sovplan.placement.scenario.model.ExpansionProblem.Economics;
import org.sovplan.placement.scenario.model.ExpansionProblem.LeadTimes;
import org.sovplan.placement.scenario.model.ExpansionProblem.Lifetimes;
import org.sovplan.placement.scenario.model.ExpansionProblem.ModelOption;
import org.sovplan.placement.scenario.model.ExpansionProblem.SiteOption;
import org.sovplan.placement.scenario.model.ExpansionProblem.ZoneOption;
import org.sovplan.placement.scenario.model.ExpansionSolver;
import org.sovplan.placement.scenario.model.ScenarioResult;
import org.sovplan.placement.scenario.model.ScenarioResult.Build;

/**
 * The case worked by hand in docs/scenarios.md ("A case worked by hand"): 2 sites, 1 zone,
 * 3 years. Every figure asserted here is derived there, step by step.
 */
class HandWorkedOptimumTest {

    static final ExpansionSolver.Settings SETTINGS = new ExpansionSolver.Settings(30, 1e-9);

    /** The case of docs/scenarios.md, with optional changes for the variations. */
    static ExpansionProblem handCase(double[] demand, Double[] budget, Integer maxGpusPerYear) {
        SiteOption a = new SiteOption("A", "Site A", "Z", 1.5, 2026, 0.004, 0.004, Map.of("GPU", 2), false);
        SiteOption b = new SiteOption("B", "Site B", "Z", 1.2, 2026, 0, 0.010, Map.of(), false);
        DemandLine line = new DemandLine("Inference", demand, 1.0,
                List.of(new DemandOption("as asked", Map.of("GPU", 1.0))), Set.of("A", "B"), null);
        return new ExpansionProblem(2026, 2028, 0, List.of(a, b), List.of(new ModelOption("GPU", 10_000, 1.0)),
                List.of(new ZoneOption("Z", 100, 500, new double[] { 0.0054, 0.0054, 0.0054 })), List.of(line),
                new double[] { 20, 20, 20 }, budget, new Lifetimes(5, 20, 30, 5), new LeadTimes(0, 1, 1),
                new BuildRates(maxGpusPerYear, null, null), new Economics(1_000_000, 500_000, 50_000));
    }

    @Test
    void findsTheOptimumWorkedOutOnPaper() {
        ScenarioResult result = new ExpansionSolver().solve(
                handCase(new double[] { 3, 5, 8 }, new Double[3], null), SETTINGS);

        assertThat(result.solver().status()).isEqualTo("OPTIMAL");
        assertThat(result.solver().gapPct()).isEqualByComparingTo("0");
        // 20,360 USD of capex net of salvage + 191.844 MWh at 110 USD/MWh (energy 100 + carbon 10).
        assertThat(result.npvUsd()).isEqualTo(41_462);
        assertThat(result.solver().objectiveUsd()).isEqualTo(41_462);
        assertThat(result.builds()).containsExactly(
                new Build("ACCELERATORS", 2026, 2026, "Site A", "Z", "GPU", 1, null, 10_000),
                new Build("DATA_CENTRE", 2026, 2027, "Site B", "Z", null, null, new BigDecimal("0.0020"), 2_000),
                new Build("ACCELERATORS", 2027, 2027, "Site B", "Z", "GPU", 2, null, 20_000),
                new Build("DATA_CENTRE", 2027, 2028, "Site B", "Z", null, null, new BigDecimal("0.0030"), 3_000),
                new Build("GRID", 2027, 2028, null, "Z", null, null, new BigDecimal("0.0006"), 300),
                new Build("ACCELERATORS", 2028, 2028, "Site B", "Z", "GPU", 3, null, 30_000));
        assertThat(result.years()).extracting(ScenarioResult.YearFigures::energyMwh).containsExactly(
                new BigDecimal("39.4"), new BigDecimal("60.4"), new BigDecimal("91.9"));
        assertThat(result.years()).extracting(ScenarioResult.YearFigures::gpusInService).containsExactly(3L, 5L, 8L);
        assertThat(result.unserved()).isEmpty();
        assertThat(result.binding()).extracting(ScenarioResult.Binding::text)
                .containsExactly("grid headroom of zone Z binds in 2028");
    }

    @Test
    void scipAloneProvesTheSameOptimum() {
        ScenarioResult result = new ExpansionSolver().solve(handCase(new double[] { 3, 5, 8 }, new Double[3], null),
                new ExpansionSolver.Settings(30, 1e-9, false));

        assertThat(result.solver().engine()).isEqualTo("SCIP");
        assertThat(result.solver().status()).isEqualTo("OPTIMAL");
        assertThat(result.npvUsd()).isEqualTo(41_462);
        assertThat(result.builds()).extracting(Build::gpus).containsExactly(1, null, 2, null, null, 3);
    }

    @Test
    void objectiveMatchesTheHandSumToTheCent() {
        // Capex net of salvage: 6,000 + 8,000 + 6,000 (GPUs) + 200 + 150 (IT MW) + 10 (grid) = 20,360;
        // energy and carbon: 191.844 MWh x 110 USD/MWh = 21,102.84.
        double energy = (3 * 13.14 + 3 * 13.14 + 2 * 10.512 + 3 * 13.14 + 5 * 10.512) * 110;
        assertThat(energy).isCloseTo(21_102.84, within(1e-6));
        ScenarioResult result = new ExpansionSolver().solve(
                handCase(new double[] { 3, 5, 8 }, new Double[3], null), SETTINGS);
        assertThat(result.npvUsd()).isEqualTo((long) Math.floor(20_360 + energy));
    }

    @Test
    void aBuildRateLeavesDemandUnservedAndSaysWhy() {
        // One GPU a year: 3 in service in 2026, 4 in 2027 (5 asked), 5 in 2028 (8 asked).
        ScenarioResult result = new ExpansionSolver().solve(
                handCase(new double[] { 3, 5, 8 }, new Double[3], 1), SETTINGS);

        assertThat(result.unserved()).extracting(ScenarioResult.Unserved::year, u -> u.units().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2027, 1), org.assertj.core.groups.Tuple.tuple(2028, 3));
        assertThat(result.unserved()).allSatisfy(u -> assertThat(u.reason()).contains("accelerator build rate in " + u.year()));
        assertThat(result.binding()).extracting(ScenarioResult.Binding::text)
                .contains("accelerator build rate of all sites binds in 2026-2028");
    }

    @Test
    void aBudgetOfZeroInTheFirstYearLeavesWhatItWouldHaveBoughtUnserved() {
        // Nothing bought in 2026: no third GPU at A that year, and no IT MW at B for 2027 (one year of lead time).
        ScenarioResult result = new ExpansionSolver().solve(
                handCase(new double[] { 3, 5, 8 }, new Double[] { 0.0, null, null }, null), SETTINGS);

        assertThat(result.unserved()).extracting(ScenarioResult.Unserved::year, u -> u.units().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2026, 1), org.assertj.core.groups.Tuple.tuple(2027, 1));
        assertThat(result.unserved()).allSatisfy(u -> assertThat(u.reason()).contains("capex budget in 2026"));
        assertThat(result.years().get(0).capexUsd()).isZero();
    }
}
