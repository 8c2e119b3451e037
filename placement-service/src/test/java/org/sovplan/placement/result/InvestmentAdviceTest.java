package org.sovplan.placement.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sovplan.placement.problem.PlanningInputs.PoolInput;
import org.sovplan.placement.problem.PlanningInputs.SiteInput;
import org.sovplan.placement.problem.PlanningInputs.ZoneInput;
import org.sovplan.placement.result.PlanResult.InvestmentOption;
import org.sovplan.placement.sizing.AcceleratorClass;
import org.sovplan.placement.sizing.WorkloadSpec;
import org.sovplan.placement.support.Catalogue;
import org.sovplan.placement.support.Instances;
import org.sovplan.placement.support.LocalPlanner;
import org.sovplan.placement.workload.Precision;
import org.sovplan.placement.workload.WorkloadType;

/**
 * Ranked investment options against hand-worked numbers (docs/placement-service.md, "The 13B
 * research run"): the demo's Kenyan sites and the seeded catalogue, planned on 2026-12-01.
 */
class InvestmentAdviceTest {

    private final LocalPlanner planner = LocalPlanner.untilUnimproved(2_000);

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** Konza (SEAL-3 data centre), Kisumu (SEAL-4 edge site, 50 kW) and iXAfrica (SEAL-2), all in zone KE. */
    private static Instances kenya() {
        Instances i = Catalogue.with(Instances.create()).today(TODAY).horizon(LocalDate.of(2027, 12, 31));
        i.zone(new ZoneInput("KE", "KE", 70, 150, 120, true, "Ember 2023; headroom illustrative"));
        i.site(site("Konza National Data Centre", "SOVEREIGN_CLOUD", 3, 2.0, 1.6,
                new PoolInput("NVIDIA_A100_SXM", 64, 64), new PoolInput("NVIDIA_L4", 32, 32)));
        i.site(site("Kisumu County Health Edge", "EDGE", 4, 0.05, 1.8,
                new PoolInput("NVIDIA_JETSON_AGX_ORIN_64GB", 40, 40), new PoolInput("NVIDIA_L4", 8, 8)));
        i.site(site("iXAfrica NBOX1", "COLOCATION", 2, 4.5, 1.4, new PoolInput("NVIDIA_H100_SXM", 256, 256)));
        return i;
    }

    private static SiteInput site(String name, String type, int seal, double itMw, double pue, PoolInput... pools) {
        return new SiteInput(Instances.uuid(name), name, "KE-22", "KE", seal, type, "OPERATIONAL", null, itMw, pue, "KE",
                -1.69, 37.18, List.of(pools));
    }

    private static WorkloadSpec research() {
        return new WorkloadSpec(WorkloadType.TRAINING, 13, Precision.BF16, 300.0, 14.0, 0.4, null);
    }

    @Test
    void theThirteenBillionResearchRunGetsRankedAlternativesAtSitesWithPower() {
        PlanResult result = planner.plan(kenya().workload(Instances.of("Research 13B", research()).seal(3).in("KE")
                .start(LocalDate.of(2026, 10, 1)).build()).problem());
        assertThat(result.assignments()).isEmpty();
        List<InvestmentOption> options = result.investments();
        // 6 × 13e9 × 300e9 = 2.34e22 FLOP. MI300X: / (1307e12 × 0.4 × 3600) = 12,433 h / 336 h = 37.003 → 38,
        // 38 × 750 W × 1.5 = 42.75 kW IT, 68.4 kW grid at PUE 1.6; 38 × $15,000 = $570,000.
        // (H100 SXM: 49 × $30,000 = $1,470,000; B200: 22 × $40,000 = $880,000; A100: 156 − 64 free = 92 × $15,000
        // = $1,380,000; all dearer.)
        assertThat(options).hasSize(2);
        InvestmentOption first = options.get(0);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.kind()).isEqualTo("ADD_ACCELERATORS");
        assertThat(first.siteName()).isEqualTo("Konza National Data Centre");
        assertThat(first.acceleratorModel()).isEqualTo("AMD_MI300X");
        assertThat(first.gpus()).isEqualTo(38);
        assertThat(first.itKw()).isEqualByComparingTo("42.750");
        assertThat(first.capexUsd()).isEqualByComparingTo("570000");
        // ready 120 days after 2026-12-01 = 2027-03-31: 181 days after its start date (already past)
        assertThat(first.readyDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(first.daysLate()).isEqualTo(181);
        assertThat(first.meetsDate()).isFalse();
        // per run: 68.4 kW × 336 h = 22.982 MWh; × $150 = $3,447; × 70 g/kWh = 1.609 t
        assertThat(first.basis()).isEqualTo(PlanResult.Basis.PER_RUN);
        assertThat(first.opexUsd()).isEqualByComparingTo("3447");
        assertThat(first.tco2e()).isEqualByComparingTo("1.609");
        // rank 2: a new data centre in zone KE, 38 MI300X: $570,000 + 42.75 kW × $10M/MW = $997,500, 540 days
        InvestmentOption second = options.get(1);
        assertThat(second.kind()).isEqualTo("NEW_SITE");
        assertThat(second.gridZoneCode()).isEqualTo("KE");
        assertThat(second.capexUsd()).isEqualByComparingTo("997500");
        assertThat(second.readyDate()).isEqualTo(TODAY.plusDays(540));
        // never an edge site, never an inference card or edge module, never a site below SEAL-3
        assertThat(options).noneMatch(o -> "Kisumu County Health Edge".equals(o.siteName()))
                .noneMatch(o -> "iXAfrica NBOX1".equals(o.siteName()))
                .allMatch(o -> List.of("AMD_MI300X", "NVIDIA_B200", "NVIDIA_H100_SXM", "NVIDIA_H200_SXM",
                        "NVIDIA_A100_SXM").contains(o.acceleratorModel()));
        assertThat(result.totals().investmentCapexUsd()).isEqualByComparingTo("570000");
        assertThat(result.timeline()).singleElement().satisfies(l -> {
            assertThat(l.daysLate()).isEqualTo(181);
            assertThat(l.earliestDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        });
        assertThat(result.summary()).startsWith("0 of 1 workload placed; Research 13B needs 38 AMD_MI300X at Konza "
                + "National Data Centre ($570,000, ready 2027-03-31, 181 days after its start date).");
    }

    @Test
    void anEdgeModuleIsNeverOfferedForTraining() {
        // a 1B fine-tune (below the training-class size) at a site that has only Jetson modules and power
        Instances i = Catalogue.with(Instances.create()).today(TODAY);
        i.zone(new ZoneInput("KE", 70, 150, 120));
        i.site(site("Edge cabinet", "EDGE", 4, 1.0, 1.5, new PoolInput("NVIDIA_JETSON_AGX_ORIN_64GB", 400, 400)));
        var tune = Instances.of("Small tune", new WorkloadSpec(WorkloadType.FINE_TUNING, 1, Precision.BF16, 1.0, 7.0,
                0.4, null)).in("KE").build();
        PlanResult result = planner.plan(i.workload(tune).problem());
        assertThat(result.assignments()).isEmpty();
        assertThat(result.unplaced().get(0).blockers()).extracting(PlanResult.Blocker::rule)
                .contains("ACCELERATOR_CLASS");
        assertThat(result.investments()).isNotEmpty()
                .noneMatch(o -> o.acceleratorModel().equals(Catalogue.JETSON.code()));
    }

    @Test
    void edgeModulesServeSmallEdgeModelsThatFitTheirMemory() {
        Instances i = Catalogue.with(Instances.create()).today(TODAY);
        i.zone(new ZoneInput("KE", 70, 150, 120));
        i.site(site("Edge cabinet", "EDGE", 4, 1.0, 1.5, new PoolInput("NVIDIA_JETSON_AGX_ORIN_64GB", 40, 40)));
        var vision = Instances.of("Vision", new WorkloadSpec(WorkloadType.EDGE_INFERENCE, 1, Precision.INT4, null,
                null, null, 100.0)).in("KE").build();
        PlanResult result = planner.plan(i.workload(vision).problem());
        assertThat(result.assignments()).singleElement().satisfies(a -> {
            assertThat(a.acceleratorModel()).isEqualTo(Catalogue.JETSON.code());
            // one 60 W module × 1.5 = 90 W: 0.090 kW, exact (once shown as 0.001 MW)
            assertThat(a.itWatts()).isEqualTo(90);
            assertThat(a.itKw()).isEqualByComparingTo("0.090");
            assertThat(a.powerKw()).isEqualByComparingTo("0.135");
            assertThat(a.basis()).isEqualTo(PlanResult.Basis.PER_YEAR);
            assertThat(a.estimatedInputs()).contains(Catalogue.JETSON.code() + " unit price");
        });
    }

    @Test
    void anInferenceWorkloadThatAcceptsASmallerVariantIsOfferedIt() {
        // 8B bf16: 19.2 GB per replica fits one L4, which decodes 16 × 0.3e12 × 0.6 / 16e9 = 180 tokens/s:
        // 1,500 tokens/s need 9 L4, one more than the 8 free. The accepted int4 variant decodes 720 tokens/s per
        // L4 (4 GB of weights), so 3 L4 serve it today, at no capex.
        Instances i = Catalogue.with(Instances.create()).today(TODAY);
        i.zone(new ZoneInput("KE", 70, 150, 120));
        i.site(site("Konza", "SOVEREIGN_CLOUD", 3, 2.0, 1.6, new PoolInput("NVIDIA_L4", 8, 8)));
        var chat = Instances.of("Chat", new WorkloadSpec(WorkloadType.LLM_INFERENCE, 8, Precision.BF16, null, null,
                null, 1500.0)).in("KE").models("NVIDIA_L4").substitute(null, Precision.INT4).build();
        PlanResult result = planner.plan(i.workload(chat).problem());
        assertThat(result.assignments()).isEmpty();
        assertThat(result.investments()).filteredOn(o -> o.kind().equals("SMALLER_MODEL")).singleElement()
                .satisfies(o -> {
                    assertThat(o.capexUsd()).isEqualByComparingTo("0");
                    assertThat(o.rank()).isEqualTo(1);
                    assertThat(o.description()).contains("8B int4");
                });
    }

    @Test
    void aClasslessModelIsTreatedAsAnInferenceCard() {
        assertThat(new org.sovplan.placement.sizing.AcceleratorSpec("X", 80.0, 1.0, 300.0, 100.0, null, 1.0)
                .suitability()).isEqualTo(AcceleratorClass.INFERENCE);
    }
}
