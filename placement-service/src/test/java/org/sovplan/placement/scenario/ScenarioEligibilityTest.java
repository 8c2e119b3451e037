package org.sovplan.placement.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.problem.PlanningInputs.GeoPoint;
import org.sovplan.placement.scenario.ScenarioInputs.SiteFacts;
import org.sovplan.placement.scenario.ScenarioInputs.ZoneFacts;
import org.sovplan.placement.scenario.model.ExpansionProblem;
import org.sovplan.placement.scenario.model.ExpansionProblem.DemandLine;
import org.sovplan.placement.scenario.model.ExpansionProblem.SiteOption;
import org.sovplan.placement.scenario.model.ExpansionSolver;
import org.sovplan.placement.scenario.model.ScenarioResult;
import org.sovplan.placement.sizing.AcceleratorClass;
import org.sovplan.placement.sizing.AcceleratorSpec;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What a scenario may count and buy: only the sites its demand may use enter the problem (a
 * South African site full of GPUs does not inflate Kenya's figures), and purchases follow the
 * accelerator class rules (training-class parts for training from 3B, edge modules only for edge
 * and small inference that fits them, and only at edge sites).
 */
@QuarkusTest
class ScenarioEligibilityTest {

    static final UUID KONZA = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    static final UUID KISUMU = UUID.fromString("00000000-0000-0000-0000-00000000b002");
    static final UUID TERACO = UUID.fromString("00000000-0000-0000-0000-00000000b003");

    static final AcceleratorSpec H100 = new AcceleratorSpec("NVIDIA_H100_SXM", 80.0, 3.35, 700.0, 989.0, 1979.0,
            30000.0, AcceleratorClass.TRAINING, false);
    static final AcceleratorSpec L4 = new AcceleratorSpec("NVIDIA_L4", 24.0, 0.3, 72.0, 121.0, 242.0, 2500.0,
            AcceleratorClass.INFERENCE, false);
    static final AcceleratorSpec JETSON = new AcceleratorSpec("NVIDIA_JETSON_AGX_ORIN_64GB", 64.0, 0.2048, 60.0,
            137.5, 275.0, 2000.0, AcceleratorClass.EDGE, false);

    @Inject
    PlacementConfig placement;

    @Inject
    ScenarioConfig config;

    @Inject
    ObjectMapper json;

    @Test
    void onlyTheSitesTheDemandMayUseAreCountedAndPurchasesFollowTheClassRules() throws Exception {
        ExpansionProblem problem = new ScenarioProblemBuilder(placement, config).build(scenario(), "mid", 1,
                inputs(), Map.of());

        assertThat(problem.sites()).extracting(SiteOption::name)
                .containsExactly("Konza", "Kisumu edge", "New site in zone KE");
        assertThat(problem.zones()).extracting(ExpansionProblem.ZoneOption::code).containsExactly("KE");
        SiteOption konza = site(problem, "Konza");
        SiteOption edge = site(problem, "Kisumu edge");
        SiteOption fresh = site(problem, "New site in zone KE");
        assertThat(konza.purchasableModels()).containsExactlyInAnyOrder(H100.code(), L4.code());
        assertThat(fresh.purchasableModels()).containsExactlyInAnyOrder(H100.code(), L4.code());
        assertThat(edge.purchasableModels()).containsExactlyInAnyOrder(L4.code(), JETSON.code());

        DemandLine llm = line(problem, "Citizen services LLM");
        DemandLine training = line(problem, "National model training");
        DemandLine imaging = line(problem, "County health imaging");
        assertThat(llm.options().get(0).gpusPerUnit()).doesNotContainKey(JETSON.code());
        assertThat(training.options().get(0).gpusPerUnit()).containsOnlyKeys(H100.code());
        assertThat(imaging.options().get(0).gpusPerUnit()).containsKey(JETSON.code());
        assertThat(imaging.unit()).isEqualTo("a 1B-parameter model at int8 serving 800 tokens/s at peak");
        assertThat(training.unit()).isEqualTo("one training run of a 8B-parameter model at bf16 on 300B tokens in 30 days");

        ScenarioResult result = new ExpansionSolver().solve(problem, new ExpansionSolver.Settings(60, 0.005));
        assertThat(result.solver().status()).isEqualTo("OPTIMAL");
        assertThat(result.solver().relativeGapPct()).isEqualByComparingTo("0.5");
        // Konza's 64 H100 and Kisumu's 40 Jetson modules serve; Teraco's 512 H100 in South Africa never count.
        assertThat(result.years().get(0).gpusInService()).isLessThan(512);
        assertThat(result.capacityBySite()).extracting(ScenarioResult.SiteCapacity::site).doesNotContain("Teraco JB1");
        assertThat(result.builds()).filteredOn(b -> JETSON.code().equals(b.modelCode()))
                .allSatisfy(b -> assertThat(b.site()).isEqualTo("Kisumu edge"));
        assertThat(result.builds()).filteredOn(b -> H100.code().equals(b.modelCode()))
                .allSatisfy(b -> assertThat(b.site()).isNotEqualTo("Kisumu edge"));
        assertThat(result.demandLines()).extracting(ScenarioResult.DemandUnit::demand)
                .containsExactly("Citizen services LLM", "National model training", "County health imaging");
    }

    @Test
    void theClassRuleOfPurchases() {
        assertThat(ScenarioProblemBuilder.purchasable(false, AcceleratorClass.EDGE)).isFalse();
        assertThat(ScenarioProblemBuilder.purchasable(true, AcceleratorClass.EDGE)).isTrue();
        assertThat(ScenarioProblemBuilder.purchasable(true, AcceleratorClass.TRAINING)).isFalse();
        assertThat(ScenarioProblemBuilder.purchasable(false, AcceleratorClass.TRAINING)).isTrue();
        assertThat(ScenarioProblemBuilder.purchasable(true, AcceleratorClass.INFERENCE)).isTrue();
    }

    private Scenario scenario() throws Exception {
        Scenario s = new Scenario();
        s.id = UUID.randomUUID();
        s.name = "Eligibility";
        s.regionCode = "KE";
        s.firstYear = 2026;
        s.lastYear = 2028;
        s.definition = json.readValue("""
                {"discountRatePct": 8, "carbonPricesUsdPerTonne": {"2026": 20}, "defaultVariant": "mid",
                 "demand": [
                  {"name": "Citizen services LLM", "units": 2,
                   "workload": {"type": "LLM_INFERENCE", "paramsBillion": 8, "precision": "bf16", "peakTokensPerSec": 2000,
                                "minSovereigntyLevel": "SEAL-2", "allowedJurisdictions": ["KE"]},
                   "variants": {"mid": {"growthPctPerYear": 20}}},
                  {"name": "National model training", "units": 1,
                   "workload": {"type": "TRAINING", "paramsBillion": 8, "precision": "bf16", "trainTokensBillion": 300,
                                "targetDays": 30, "mfu": 0.4, "minSovereigntyLevel": "SEAL-2", "allowedJurisdictions": ["KE"]}},
                  {"name": "County health imaging", "units": 1,
                   "workload": {"type": "EDGE_INFERENCE", "paramsBillion": 1, "precision": "int8", "peakTokensPerSec": 800,
                                "minSovereigntyLevel": "SEAL-2", "allowedJurisdictions": ["KE"]},
                   "variants": {"mid": {"growthPctPerYear": 20}}}]}
                """, ScenarioDto.Definition.class);
        return s;
    }

    private static ScenarioInputs inputs() {
        Map<Integer, Double> headroom = new TreeMap<>(Map.of(2026, 30.0, 2027, 30.0, 2028, 30.0));
        return new ScenarioInputs(List.of(
                new SiteFacts(KONZA, "Konza", "KE-22", "KE", 3, "OPERATIONAL", LocalDate.of(2024, 1, 1), 2, 10.0, 1.3,
                        "KE", -1.7, 37.2, Map.of(H100.code(), 64), "SOVEREIGN_CLOUD"),
                new SiteFacts(KISUMU, "Kisumu edge", "KE-17", "KE", 4, "OPERATIONAL", LocalDate.of(2024, 1, 1), 0.05,
                        0.2, 1.5, "KE", -0.1, 34.8, Map.of(JETSON.code(), 40), "EDGE"),
                new SiteFacts(TERACO, "Teraco JB1", "ZA-GP", "ZA", 1, "OPERATIONAL", LocalDate.of(2020, 1, 1), 70, null,
                        1.4, "ZA", -26.1, 28.2, Map.of(H100.code(), 512), "COLOCATION")),
                List.of(H100, L4, JETSON),
                Map.of("KE", new ZoneFacts("KE", 100, 100, headroom), "ZA", new ZoneFacts("ZA", 80, 700, headroom)),
                Map.of("KE", new GeoPoint(0.02, 37.9)));
    }

    private static SiteOption site(ExpansionProblem p, String name) {
        return p.sites().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static DemandLine line(ExpansionProblem p, String name) {
        return p.demands().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }
}
