package org.sovplan.placement.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sovplan.placement.scenario.model.ExpansionProblem;
import org.sovplan.placement.scenario.model.ExpansionProblem.GridUpgrade;
import org.sovplan.placement.scenario.model.ExpansionProblem.ZoneOption;
import org.sovplan.placement.scenario.model.ExpansionSolver;
import org.sovplan.placement.scenario.model.ScenarioResult;
import org.sovplan.placement.scenario.model.ScenarioResult.Build;

/**
 * The case worked by hand (docs/scenarios.md) with zone Z's candidate upgrades from energy-service
 * instead of the configured unit cost: in 2028, B needs 0.0006 MW of grid beyond the headroom.
 * The cheap candidate (200,000 USD/MW) holds only 0.0003 MW, so the rest comes from the dear one
 * (1,000,000 USD/MW). Net of salvage (1 year served of 30): 60/30 + 300/30 = 12 USD instead of the
 * 10 USD the configured 500,000 USD/MW cost, so the optimum is 41,464.84 USD.
 */
class GridUpgradeCandidatesTest {

    static ExpansionProblem withCandidates(List<GridUpgrade> upgrades) {
        ExpansionProblem p = HandWorkedOptimumTest.handCase(new double[] { 3, 5, 8 }, new Double[3], null);
        ZoneOption z = p.zones().get(0);
        return new ExpansionProblem(p.firstYear(), p.lastYear(), p.discountRate(), p.sites(), p.models(),
                List.of(new ZoneOption(z.code(), z.priceUsdPerMwh(), z.carbonGPerKwh(), z.headroomMw(), upgrades)),
                p.demands(), p.carbonPriceUsdPerTonne(), p.capexBudgetUsd(), p.lifetimes(), p.leadTimes(),
                p.buildRates(), p.economics());
    }

    @Test
    void theCheapCandidateIsUsedUpFirstThenTheDearOne() {
        ScenarioResult result = new ExpansionSolver().solve(withCandidates(List.of(
                new GridUpgrade("Cheap", 0.0003, 200_000, 1), new GridUpgrade("Dear", 1, 1_000_000, 1))),
                HandWorkedOptimumTest.SETTINGS);

        assertThat(result.solver().status()).isEqualTo("OPTIMAL");
        assertThat(result.npvUsd()).isEqualTo(41_464);
        assertThat(result.builds()).filteredOn(b -> b.kind().equals("GRID")).containsExactlyInAnyOrder(
                new Build("GRID", 2027, 2028, null, "Z", null, null, new BigDecimal("0.0003"), 60, "Cheap"),
                new Build("GRID", 2027, 2028, null, "Z", null, null, new BigDecimal("0.0003"), 300, "Dear"));
        assertThat(result.binding()).extracting(ScenarioResult.Binding::text)
                .contains("grid upgrade size of Cheap (zone Z) binds in 2028");
    }

    @Test
    void aCandidateThatIsNotReadyInTimeSendsTheGpuToTheDearerSite() {
        // The zone's only candidate takes 3 years: nothing it adds serves within 2026-2028, so B stays within
        // the 5.4 kW of headroom (4 GPUs) and the eighth GPU of 2028 goes to A, dearer in energy.
        ScenarioResult result = new ExpansionSolver().solve(withCandidates(List.of(
                new GridUpgrade("Slow", 1, 200_000, 3))), HandWorkedOptimumTest.SETTINGS);

        assertThat(result.solver().status()).isEqualTo("OPTIMAL");
        assertThat(result.builds()).noneMatch(b -> b.kind().equals("GRID"));
        assertThat(result.unserved()).isEmpty();
        assertThat(result.builds()).filteredOn(b -> "Site A".equals(b.site()) && b.gpus() != null)
                .extracting(Build::gpus).containsExactly(1, 1);
    }
}
