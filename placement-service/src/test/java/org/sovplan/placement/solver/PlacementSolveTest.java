package org.sovplan.placement.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovplan.placement.support.Instances.training;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sovplan.placement.result.PlanResult;
import org.sovplan.placement.result.PlanResult.Assignment;
import org.sovplan.placement.support.Instances;
import org.sovplan.placement.support.LocalPlanner;

/**
 * End-to-end solves, in-process, of small instances whose optimum is known by hand: the right
 * sites are chosen, the right workloads are left out, and the result says why and what to build.
 * GPU_X: 1 kW TDP → 1.5 kW IT per GPU with the default 50% server overhead; sites have PUE 1.
 */
class PlacementSolveTest {

    private final LocalPlanner planner = LocalPlanner.untilUnimproved(2_000);

    private static Map<String, String> siteByWorkload(PlanResult result) {
        return result.assignments().stream().collect(Collectors.toMap(Assignment::workloadName, Assignment::siteName));
    }

    @Test
    void theCheapestGridWinsAndItsNumbersAreTheFormulas() {
        PlanResult result = planner.plan(Instances.create()
                .zone("CHEAP", 100, 50, 100).zone("DEAR", 100, 200, 100)
                .site("Dear", "KE", 4, "DEAR", 10, 0, 0, "GPU_X", 100)
                .site("Cheap", "KE", 4, "CHEAP", 10, 0, 0, "GPU_X", 100)
                .workload(training("run", 10).build()).problem());
        assertThat(result.feasible()).isTrue();
        Assignment a = result.assignments().get(0);
        assertThat(a.siteName()).isEqualTo("Cheap");
        assertThat(a.gpus()).isEqualTo(10);
        // 10 × 1,000 W × 1.5 = 15,000 W: 15 kW exactly, and exactly what a commit reserves (0.015 MW)
        assertThat(a.itWatts()).isEqualTo(15_000);
        assertThat(a.itKw()).isEqualByComparingTo("15.000");
        assertThat(a.powerKw()).isEqualByComparingTo("15.000");
        assertThat(a.itMw()).isEqualTo(0.015);
        // a one-day run, per run: 15 kW × 24 h = 360 kWh = 0.36 MWh; × $50/MWh = $18
        // + 10 × $10,000 / (4 years × 8760 h) × 24 h = $68.49 → $86
        assertThat(a.basis()).isEqualTo(PlanResult.Basis.PER_RUN);
        assertThat(a.energyMwhPerRun()).isEqualByComparingTo("0.360");
        assertThat(a.costUsdPerRun()).isEqualByComparingTo("86");
        // 0.36 MWh × 100 g/kWh / 1000 = 0.036 t
        assertThat(a.tco2ePerRun()).isEqualByComparingTo("0.036");
        assertThat(a.energyMwhPerYear()).isNull();
        assertThat(result.totals().energyMwhAllRuns()).isEqualByComparingTo("0.360");
        assertThat(result.totals().energyMwhPerYear()).isEqualByComparingTo("0");
        assertThat(result.unplaced()).isEmpty();
        assertThat(result.totals().placed()).isEqualTo(1);
    }

    @Test
    void aRunWhoseStartDateHasPassedRunsFromTheDayOfThePlanAndIsFlaggedLate() {
        // the plan is made on 2026-06-01 (Instances' today); the run was due on 2026-05-20
        PlanResult result = planner.plan(Instances.create()
                .zone("KE", 100, 50, 100)
                .site("Nairobi", "KE", 4, "KE", 10, 0, 0, "GPU_X", 100)
                .workload(training("late run", 10).start(LocalDate.of(2026, 5, 20)).build()).problem());
        Assignment a = result.assignments().get(0);
        // a one-day run: it can start today at the earliest, so the dates shown can still be met
        assertThat(a.runStartDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(a.runEndDate()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(result.timeline()).singleElement().satisfies(l -> {
            assertThat(l.startDate()).isEqualTo(LocalDate.of(2026, 5, 20));
            assertThat(l.earliestDate()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(l.daysLate()).isEqualTo(12);
        });
    }

    @Test
    void aFullPoolLeavesTheLowestPriorityOutAndSaysWhatToBuy() {
        PlanResult result = planner.plan(Instances.create()
                .zone("KE", 70, 100, 100)
                .site("Nairobi", "KE", 4, "KE", 100, 0, 0, "GPU_X", 10)
                .workload(training("urgent", 8).priority(9).build())
                .workload(training("minor", 8).priority(2).build())
                .workload(training("small", 2).priority(5).build()).problem());
        assertThat(result.score()).startsWith("0hard/-2medium/");
        assertThat(siteByWorkload(result)).containsOnlyKeys("urgent", "small");
        PlanResult.Unplaced minor = result.unplaced().get(0);
        assertThat(minor.workloadName()).isEqualTo("minor");
        assertThat(minor.reason()).contains("needs 8 GPU_X GPUs").contains("Nairobi, has 0 free GPU_X GPUs");
        assertThat(minor.blockers()).extracting(PlanResult.Blocker::rule).contains("CAPACITY_TAKEN");
        assertThat(result.shortfalls()).singleElement()
                .satisfies(s -> assertThat(s.gpus()).isEqualTo(8))
                .satisfies(s -> assertThat(s.itKw()).isZero());
        // rank 1: 8 GPU_X where power exists, $80,000, ready in 120 days (before the horizon);
        // rank 2: a new site, 8 × $10,000 + 12 kW × $10M/MW = $200,000, ready only after 540 days
        assertThat(result.investments()).hasSize(2);
        assertThat(result.investments().get(0)).satisfies(i -> {
            assertThat(i.rank()).isEqualTo(1);
            assertThat(i.kind()).isEqualTo("ADD_ACCELERATORS");
            assertThat(i.capexUsd()).isEqualByComparingTo("80000");
            assertThat(i.leadTimeDays()).isEqualTo(120);
            assertThat(i.meetsDate()).isTrue();
        });
        assertThat(result.investments().get(1)).satisfies(i -> {
            assertThat(i.kind()).isEqualTo("NEW_SITE");
            assertThat(i.capexUsd()).isEqualByComparingTo("200000");
            assertThat(i.meetsDate()).isFalse();
        });
    }

    @Test
    void workloadsArePackedSoThatAllFit() {
        PlanResult result = planner.plan(Instances.create()
                .zone("CHEAP", 100, 50, 100).zone("DEAR", 100, 200, 100)
                .site("A", "KE", 4, "CHEAP", 100, 0, 0, "GPU_X", 10)
                .site("B", "KE", 4, "DEAR", 100, 0, 0, "GPU_X", 10)
                .workload(training("w6a", 6).build()).workload(training("w6b", 6).build())
                .workload(training("w4a", 4).build()).workload(training("w4b", 4).build()).problem());
        assertThat(result.feasible()).isTrue();
        assertThat(result.unplaced()).isEmpty();
        int gpusAtA = result.assignments().stream().filter(a -> a.siteName().equals("A")).mapToInt(Assignment::gpus).sum();
        assertThat(gpusAtA).isEqualTo(10);
    }

    @Test
    void latencyBoundBeatsACheaperFarSite() {
        PlanResult result = planner.plan(Instances.create()
                .zone("KE", 70, 200, 100).zone("ZA", 70, 50, 100)
                .region("KE-30", -1.29, 36.82)
                .site("Nairobi", "KE", 4, "KE", 10, -1.29, 36.82, "GPU_X", 100)
                .site("Johannesburg", "ZA", 4, "ZA", 10, -26.2, 28.05, "GPU_X", 100)
                .workload(Instances.inference("chat", 3, 500).users("KE-30", 30.0).build()).problem());
        Assignment a = result.assignments().get(0);
        assertThat(a.siteName()).isEqualTo("Nairobi");
        // 0 km: 2 × 0 × 1.5 / 200 + 5 ms overhead
        assertThat(a.latencyMs()).isEqualByComparingTo("5.0");
    }

    @Test
    void aTrainingWorkloadWithALatencyBoundIsPlacedAlone() {
        // the bound is for serving: a run 2,900 km from its "users" still trains, and so does one whose users'
        // region is unknown; the candidate filter and the constraints apply the same rule
        PlanResult result = planner.plan(Instances.create()
                .zone("ZA", 70, 100, 100)
                .region("KE-30", -1.29, 36.82)
                .site("Johannesburg", "ZA", 4, "ZA", 10, -26.2, 28.05, "GPU_X", 100)
                .workload(training("bounded", 4).users("KE-30", 10.0).build())
                .workload(training("nowhere", 4).users("XX-99", 10.0).build()).problem());
        assertThat(result.feasible()).isTrue();
        assertThat(result.unplaced()).isEmpty();
        assertThat(siteByWorkload(result)).containsEntry("bounded", "Johannesburg").containsEntry("nowhere", "Johannesburg");
        assertThat(result.assignments()).allSatisfy(a -> assertThat(a.latencyMs()).isNull());
    }

    @Test
    void staticRulesExplainAnUnplaceableWorkloadAndProposeANewSite() {
        PlanResult result = planner.plan(Instances.create()
                .zone("KE", 70, 100, 100)
                .site("Colo", "KE", 1, "KE", 10, 0, 0, "GPU_X", 100)
                .site("Abroad", "UG", 4, "KE", 10, 0, 0, "GPU_X", 100)
                .site("Future", "KE", 4, "KE", 10, 0, 0, LocalDate.of(2030, 1, 1), "GPU_X", 100)
                .workload(training("sovereign", 16).seal(3).in("KE").start(LocalDate.of(2027, 1, 1)).build())
                .problem());
        PlanResult.Unplaced u = result.unplaced().get(0);
        assertThat(u.reason()).startsWith("needs 16 GPU_X GPUs").contains("SEAL-3+ sites in [KE]")
                .contains("1 option: the site's sovereignty level is too low")
                .contains("1 option: the site is outside the allowed jurisdictions")
                .contains("1 option: the site is not available by the start date");
        assertThat(u.blockers()).extracting(PlanResult.Blocker::rule)
                .containsExactlyInAnyOrder("SOVEREIGNTY", "JURISDICTION", "AVAILABILITY");
        // 16 GPUs × 1.5 kW = 0.024 MW IT; new site: 0.024 × $10M + 16 × $10,000 = $400,000
        assertThat(result.investments()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("NEW_SITE");
            assertThat(i.regionCode()).isEqualTo("KE");
            assertThat(i.capexUsd()).isEqualByComparingTo("400000");
            // made 2026-06-01, ready 540 days later (2027-11-23): 326 days after its start date
            assertThat(i.readyDate()).isEqualTo(LocalDate.of(2027, 11, 23));
            assertThat(i.daysLate()).isEqualTo(326);
        });
        assertThat(result.timeline()).singleElement().satisfies(l -> assertThat(l.daysLate()).isEqualTo(326));
    }

    @Test
    void gridHeadroomIsSharedByTheZoneAndItsGapPricedAsAnUpgrade() {
        PlanResult result = planner.plan(Instances.create()
                .zone("KE", 70, 100, 0.02)
                .site("Nairobi", "KE", 4, "KE", 10, 0, 0, "GPU_X", 100)
                .site("Kisumu", "KE", 4, "KE", 10, 0, 0, "GPU_X", 100)
                .workload(training("first", 10).priority(6).build())
                .workload(training("second", 10).priority(5).build()).problem());
        assertThat(siteByWorkload(result)).containsOnlyKeys("first");
        // each needs 15 kW of grid; 20 kW headroom leaves 5 kW: 10 kW short → 0.01 MW × $1.5M/MW
        assertThat(result.unplaced().get(0).reason()).contains("zone KE has 5 kW grid headroom");
        assertThat(result.shortfalls()).singleElement().satisfies(s -> assertThat(s.gridKw()).isEqualByComparingTo("10"));
        assertThat(result.investments().get(0)).satisfies(i -> {
            assertThat(i.kind()).isEqualTo("GRID_UPGRADE");
            assertThat(i.addedGridKw()).isEqualByComparingTo("10");
            assertThat(i.capexUsd()).isEqualByComparingTo("15000");
            assertThat(i.leadTimeDays()).isEqualTo(730);
        });
        // a new site cannot use the zone's 5 kW either: 19.5 kW of grid at PUE 1.3 needs a 14.5 kW upgrade
        assertThat(result.investments()).filteredOn(i -> i.kind().equals("NEW_SITE")).singleElement()
                .satisfies(i -> assertThat(i.addedGridKw()).isEqualByComparingTo("14.5"));
    }

    @Test
    void aWorkloadLargerThanAnyPoolIsExplainedWithTheBestCandidate() {
        PlanResult result = planner.plan(Instances.create()
                .zone("KE", 70, 100, 100)
                .site("Nairobi", "KE", 3, "KE", 10, 0, 0, "GPU_X", 10)
                .workload(training("big", 20).build()).problem());
        PlanResult.Unplaced u = result.unplaced().get(0);
        assertThat(u.reason()).contains("the best candidate, Nairobi, has 10 free GPU_X GPUs and 10 MW IT headroom");
        assertThat(u.blockers()).extracting(PlanResult.Blocker::rule).containsExactly("TOO_SMALL");
        // rank 1 buys the 10 missing GPU_X beside the 10 there; the new site ($500,000) ranks below
        assertThat(result.investments()).extracting(PlanResult.InvestmentOption::kind)
                .containsExactly("ADD_ACCELERATORS", "NEW_SITE");
        assertThat(result.investments().get(0).capexUsd()).isEqualByComparingTo("100000");
        assertThat(result.totals().investmentCapexUsd()).isEqualByComparingTo("100000");
        assertThat(result.constraints()).extracting(PlanResult.ConstraintScore::constraint)
                .contains(PlacementConstraints.UNPLACED, PlacementConstraints.POOL_GPUS);
    }

    @Test
    void sovereigntyWeightMovesAWorkloadToTheSovereignSite() {
        Instances base = Instances.create()
                .zone("KE", 70, 100, 100)
                .site("Hyperscale", "KE", 0, "KE", 10, 0, 0, "GPU_X", 100)
                .site("Sovereign", "KE", 4, "KE", 10, 0, 0, "GPU_Y", 100)
                .workload(training("run", 10).build());
        PlanResult costOnly = planner.plan(base.weights(new org.sovplan.placement.problem.Weights(1.0, 0.0, 0.0, 0.0)).problem());
        PlanResult sovereign = planner.plan(base.weights(new org.sovplan.placement.problem.Weights(1.0, 0.0, 10.0, 0.0)).problem());
        // GPU_Y costs $10k more per GPU; with sovereignty weight 10: 4 levels × 5% × 10 = +200% of cost at SEAL-0
        assertThat(costOnly.assignments().get(0).siteName()).isEqualTo("Hyperscale");
        assertThat(sovereign.assignments().get(0).siteName()).isEqualTo("Sovereign");
    }
}
